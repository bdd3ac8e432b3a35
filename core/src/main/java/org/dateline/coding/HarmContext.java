package org.dateline.coding;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/**
 * What kind of story deaths and injuries with no doer are told in. "Twenty people were killed"
 * after a hurricane, or "an engineer was killed" at work, is nobody's act; in a story of a bomb
 * attack or of fighting, the same words tell of violence by someone unnamed. The story says
 * which around the sentence, in its lead and in its title (words in coding/harm-context.tsv).
 */
final class HarmContext {
  enum Side { VIOLENCE, MISHAP }

  private record Word(String pos, String side) {}

  private static final Map<String, Word> WORDS = new HashMap<>();
  static {
    for (Tsv.Row r : Tsv.resource("/dateline/coding/harm-context.tsv")) {
      WORDS.put(r.get("word"), new Word(r.get("pos"), r.get("side")));
    }
  }
  // named groups that fight: a story naming one near the deaths is one of violence
  private static final Set<String> ARMED_SECTORS = Set.of("REB", "INS", "UAF", "SEP");
  // "a heart attack", "a shark attack": an attack by the body, an illness or an animal is no one's
  private static final Set<Senses.Kind> NO_ATTACKERS = EnumSet.of(Senses.Kind.BODY, Senses.Kind.DISEASE,
      Senses.Kind.ANIMAL);
  // sentences either side of the deaths, and the lead, where a story says what happened
  private static final int NEAR = 2;
  private static final int LEAD = 2;

  private HarmContext() {}

  /** Whether p is harm a doer inflicts ("killed", "injured"), for which the story must say whose. */
  static boolean harm(Token p) {
    Word w = WORDS.get(p.lemma().toLowerCase(Locale.ROOT));
    return p.isVerb() && w != null && w.side().equals("harm");
  }

  /** Whether a noun names one who does violence ("gunman", "militants", "bomber"). */
  static boolean violent(Token doer) {
    Word w = WORDS.get(doer.lemma().toLowerCase(Locale.ROOT));
    return doer.isNoun() && w != null && w.side().equals("violence") && w.pos().equals("noun");
  }

  /**
   * What the story tells around sentence s: violence when it names an attack, a weapon or an
   * armed group (which decides, as attacks cause fires and crashes), else a mishap when it names
   * an accident or a disaster, else null.
   */
  static Side of(Document doc, Sentence s) {
    List<Sentence> all = doc.sentences();
    boolean mishap = false;
    for (int i = 0; i < all.size(); i++) {
      if (Math.abs(i - s.index()) > NEAR && i >= LEAD) continue;
      Side side = side(doc, all.get(i));
      if (side == Side.VIOLENCE) return side;
      mishap |= side == Side.MISHAP;
    }
    Side title = titleSide(doc.article().title());
    if (title == Side.VIOLENCE) return title;
    return mishap || title == Side.MISHAP ? Side.MISHAP : null;
  }

  /** The side a sentence's words take: violence if any word is of violence, else mishap if any is. */
  private static Side side(Document doc, Sentence s) {
    boolean armedGroup = doc.mentions().stream().anyMatch(m -> m.sentence() == s.index() && armed(m));
    if (armedGroup || Senses.get().namesWeapon(s)) return Side.VIOLENCE;
    Side found = null;
    for (Token t : s.tokens()) {
      Side side = side(s, t);
      if (side == Side.VIOLENCE) return side;
      if (side != null) found = side;
    }
    return found;
  }

  private static boolean armed(Mention m) {
    return m.actor() != null && m.actor().sector() != null && ARMED_SECTORS.contains(m.actor().sector());
  }

  private static Side side(Sentence s, Token t) {
    if (!t.isNoun() && !t.isVerb()) return null;
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    // "opened fire", "returned fire": shooting, not a blaze
    if (lemma.equals("fire") && t.isNoun() && t.head() >= 0 && t.deprel().equals("obj")
        && Set.of("open", "return").contains(s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT))) {
      return Side.VIOLENCE;
    }
    Word w = WORDS.get(lemma);
    boolean fits = w != null && (w.pos().equals("any") || w.pos().equals("noun") == t.isNoun());
    if (fits && w.side().equals("violence")) return byNoOne(s, t) ? Side.MISHAP : Side.VIOLENCE;
    if (fits && w.side().equals("mishap")) return Side.MISHAP;
    if (t.isVerb() && Mishaps.accidentVerb(lemma)) return Side.MISHAP;
    return t.isNoun() && Senses.get().kind(lemma) == Senses.Kind.DISEASE ? Side.MISHAP : null;
  }

  private static boolean byNoOne(Sentence s, Token t) {
    return s.children(t.index()).stream().anyMatch(c -> (c.deprel().equals("compound") || c.deprel().equals("amod"))
        && c.isNoun() && NO_ATTACKERS.contains(Senses.get().kind(c.lemma())));
  }

  /** A headline's side by its words alone, which have no parse ("Gunman opens fire", "Escape room fire kills five"). */
  private static Side titleSide(String title) {
    if (title == null) return null;
    Side found = null;
    for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      String side = sideOfForm(word);
      if ("violence".equals(side)) return Side.VIOLENCE;
      if ("mishap".equals(side) || Mishaps.accidentVerb(word)) found = Side.MISHAP;
    }
    return found;
  }

  /** The side of the entry a word is a form of ("bombings", "stabbed", "floods"), or null. */
  private static String sideOfForm(String word) {
    for (String suffix : List.of("", "s", "es", "d", "ed", "ing", "er", "ers")) {
      if (!word.endsWith(suffix) || word.length() - suffix.length() < 3) continue;
      String stem = word.substring(0, word.length() - suffix.length());
      Word w = WORDS.get(stem);
      // "stabbed", "shelling": a doubled last consonant
      if (w == null && stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
        w = WORDS.get(stem.substring(0, stem.length() - 1));
      }
      if (w != null && !w.side().equals("harm")) return w.side();
    }
    return null;
  }
}

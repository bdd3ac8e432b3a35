package org.dateline.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * People the NER model missed or took for places, found before actors are resolved.
 * <ul>
 *   <li>A peer's title is a place name: "Lord Strathclyde", "Baroness Scotland" name people, so a
 *       place or organisation right after "Lord" is a person with the title in the name.</li>
 *   <li>A surname alone that is also a word ("Cable", "Brown", "Straw") is often left untagged,
 *       above all at the start of a sentence; after the article has named the person in full
 *       ("Vince Cable"), the same capitalised word alone is that person again.</li>
 * </ul>
 */
final class MissedNames {
  private static final Set<String> PEER_TITLES = Set.of("Lord", "Baroness", "Lady", "Viscount", "Earl", "Duke");
  // Words before a capitalised word that make it a name's part or a thing, not a person alone
  private static final Set<String> NOT_BEFORE = Set.of("the", "a", "an", "of");
  static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.");

  private MissedNames() {}

  /** Adds the people found to the document's mentions, kept in text order. */
  static void add(Document doc) {
    List<Mention> mentions = doc.mentions();
    peers(doc, mentions);
    List<Mention> found = surnames(doc, mentions);
    if (found.isEmpty()) return;
    mentions.addAll(found);
    mentions.sort(Comparator.comparingInt(Mention::start));
  }

  private static void peers(Document doc, List<Mention> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type().equals("PERSON") || m.sentence() < 0 || m.sentence() >= doc.sentences().size()) continue;
      Sentence s = doc.sentences().get(m.sentence());
      Token title = before(s, m.start());
      if (title == null || !PEER_TITLES.contains(title.word()) || inside(mentions, title)) continue;
      String text = doc.text().substring(title.start(), m.end());
      mentions.set(i, new Mention(text, "PERSON", title.start(), m.end(), m.sentence(), null));
    }
  }

  private static List<Mention> surnames(Document doc, List<Mention> mentions) {
    // each surname from where its full name is first given
    Map<String, Integer> surnames = new HashMap<>();
    for (Mention m : mentions) {
      String[] parts = m.text().split("\\s+");
      if (!m.type().equals("PERSON") || parts.length < 2) continue;
      String last = parts[parts.length - 1];
      if (last.length() >= 3 && Character.isUpperCase(last.charAt(0))) {
        surnames.merge(last, m.start(), Math::min);
      }
    }
    List<Mention> out = new ArrayList<>();
    if (surnames.isEmpty()) return out;
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        Integer named = surnames.get(t.word());
        if (named == null || t.start() < named || !t.isNoun() || inside(mentions, t)) continue;
        if (i > 0 && NOT_BEFORE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) continue;
        // "Cable Street", "Brown University": followed by a name, it is part of another name;
        // "Cable companies": a noun's modifier is a word, not the person
        if (t.deprel().startsWith("compound") || t.deprel().equals("amod")) continue;
        if (i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NNP")) continue;
        if (i > 0 && tokens.get(i - 1).pos().startsWith("NNP") && !honorific(tokens.get(i - 1))) continue;
        int start = i > 0 && honorific(tokens.get(i - 1)) ? tokens.get(i - 1).start() : t.start();
        out.add(new Mention(doc.text().substring(start, t.end()), "PERSON", start, t.end(), s.index(), null));
      }
    }
    return out;
  }

  private static boolean honorific(Token t) {
    return HONORIFICS.contains(t.word());
  }

  private static Token before(Sentence s, int offset) {
    Token prev = null;
    for (Token t : s.tokens()) {
      if (t.start() >= offset) return prev;
      prev = t;
    }
    return null;
  }

  static boolean inside(List<Mention> mentions, Token t) {
    for (Mention m : mentions) {
      if (m.start() < t.end() && t.start() < m.end()) return true;
    }
    return false;
  }
}

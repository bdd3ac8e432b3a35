package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * How an act's code reads its phrases beyond the common rules of {@link ArgumentHeads}: aid is for
 * its recipient, a protest of what it protests, an arrest of whom it falls on, a withdrawal from
 * the other party, a complaint about whom it blames, force on a city on its people.
 */
final class ActRoles {
  // What a complaint is about: "protested over the raids", "complained about Israeli shelling"
  private static final Set<String> ABOUT_CASES = Set.of("over", "about");
  // Lexicon of argument roles (argument-words.tsv): weapons, and roots of acts done to someone
  private static final Set<String> WEAPONS = Arguments.words("weapon");
  private static final Set<String> UNDERGONE = Arguments.words("undergone");
  private static final Set<String> UNDERGONE_OWNER = Arguments.words("undergone-owner");

  private ActRoles() {}

  /** Moves to the target, adds or drops the heads an act of this code reads otherwise. */
  private static final String ULTIMATUM = "139";

  static void byCode(Sentence s, Token p, String cameo, List<Token> subj, List<Token> obj) {
    // "aid for Romania", "food for the refugees": aid is for its recipient; "support for the
    // home secretary", "praise for the rescuers": so are backing and praise
    // "set a deadline for the rebels to disarm": an ultimatum is to whom it is set for
    if (cameo.startsWith("07") || cameo.startsWith("05") && p.isNoun() || cameo.equals(ULTIMATUM)) recipients(s, p, obj);
    if (cameo.equals(ULTIMATUM)) givenDeadline(s, p, obj);
    if (cameo.startsWith("14") && p.isNoun()) protested(s, p, subj, obj);
    if (p.isNoun()) undergone(s, p, cameo, subj, obj);
    if (cameo.compareTo("18") >= 0 && cameo.compareTo("21") < 0) {
      // "fired four shells at Jericho": what is fired is the weapon, not the one attacked
      obj.removeIf(o -> WEAPONS.contains(o.lemma().toLowerCase(Locale.ROOT))
          && !ArgumentHeads.TARGET_CASES.contains(Arguments.caseOf(s, o)));
    }
    if (cameo.startsWith("08")) withdrawnFrom(s, p, obj);
  }

  private static void recipients(Sentence s, Token p, List<Token> obj) {
    for (Token c : s.children(p.index())) {
      if ((c.deprel().startsWith("obl") || c.deprel().startsWith("nmod")) && Arguments.caseOf(s, c).equals("for")) obj.add(c);
    }
    for (Token o : List.copyOf(obj)) {
      for (Token c : s.children(o.index())) {
        if (c.deprel().startsWith("nmod") && Arguments.caseOf(s, c).equals("for")) obj.add(c);
      }
    }
  }

  /** "set a deadline for the rebels to disarm": who must act by the deadline is its target. */
  private static void givenDeadline(Sentence s, Token p, List<Token> obj) {
    for (Token o : s.children(p.index())) {
      if (!o.deprel().equals("obj")) continue;
      for (Token clause : s.children(o.index())) {
        if (!clause.deprel().startsWith("acl")) continue;
        for (Token c : s.children(clause.index())) {
          if (c.deprel().equals("nsubj") && !obj.contains(c)) obj.add(c);
        }
      }
    }
  }

  private static void protested(Sentence s, Token p, List<Token> subj, List<Token> obj) {
    // "in protest of the government's refusal": what is protested is the target, not a party
    for (Token c : s.children(p.index())) {
      String prep = c.deprel().startsWith("nmod") ? Arguments.caseOf(s, c) : "";
      if (prep.equals("of") || prep.equals("against") || prep.equals("at") || prep.equals("over")) {
        subj.remove(c);
        obj.add(c);
      }
    }
  }

  private static void undergone(Sentence s, Token p, String cameo, List<Token> subj, List<Token> obj) {
    if (UNDERGONE.contains(cameo.substring(0, 2))) {
      // "the arrest of the opposition leader", "the invasion of Kuwait", "the expulsion of two
      // diplomats": with acts done to someone, "of X" names who undergoes them
      for (Token c : s.children(p.index())) {
        if (c.deprel().startsWith("nmod") && Arguments.caseOf(s, c).equals("of") && subj.remove(c)) obj.add(c);
      }
    }
    if (UNDERGONE_OWNER.stream().anyMatch(cameo::startsWith)) {
      // "Manafort's arrest", "his conviction": the owner of what is done to a person undergoes it
      for (Token c : s.children(p.index())) {
        if (c.deprel().equals("nmod:poss") && subj.remove(c)) obj.add(c);
      }
    }
  }

  private static void withdrawnFrom(Sentence s, Token p, List<Token> obj) {
    // "withdraw its troops from Lebanon": its own troops are not the other party, Lebanon is
    obj.removeIf(o -> ownedBySubject(s, o));
    // "the withdrawal of forces from Panama": on the noun, or on what is withdrawn
    List<Token> holders = new ArrayList<>(List.of(p));
    for (Token c : s.children(p.index())) {
      if (c.deprel().equals("obj") || p.isNoun() && c.deprel().startsWith("nmod") && Arguments.caseOf(s, c).equals("of")) {
        holders.add(c);
      }
    }
    for (Token h : holders) {
      for (Token c : s.children(h.index())) {
        boolean arg = c.deprel().startsWith("obl") || c.deprel().startsWith("nmod");
        if (arg && Arguments.caseOf(s, c).equals("from")) obj.add(c);
      }
    }
  }

  private static boolean ownedBySubject(Sentence s, Token obj) {
    for (Token c : s.children(obj.index())) {
      if (c.deprel().equals("nmod:poss") && c.pos().equals("PRP$")) return true;
    }
    return false;
  }

  /**
   * What a complaint or a refusal is about names its target. "Complained to the UN over Israeli
   * raids": the one whose act is complained of, not the one complained to. "Rejected North Korea's
   * demand to sever ...", which the parser reads as a clause whose subject is the demand.
   */
  static List<Token> complained(Sentence s, Token p, List<Token> obj) {
    if (p.isNoun()) return List.of();
    List<Token> about = new ArrayList<>();
    boolean hasObject = false;
    for (Token c : s.children(p.index())) {
      if (c.deprel().equals("obj")) hasObject = true;
      if (c.deprel().startsWith("obl") && ABOUT_CASES.contains(Arguments.caseOf(s, c)) && c.isNoun()) about.add(c);
    }
    if (hasObject) return about;
    for (Token c : s.children(p.index())) {
      if (!c.deprel().equals("ccomp")) continue;
      for (Token g : s.children(c.index())) {
        boolean commonNoun = g.pos().equals("NN") || g.pos().equals("NNS");
        if (g.deprel().equals("nsubj") && commonNoun) obj.add(g);
      }
    }
    return about;
  }

  /**
   * "Rebels shelled Juba", "a curfew in Abidjan": a city that force or coercion falls on is its
   * people, not the government that sits there, whom "Juba said" would mean.
   */
  static List<Actor> citiesAsPeople(Document doc, Sentence s, List<Actor> target) {
    int from = s.tokens().get(0).start();
    int to = s.tokens().get(s.tokens().size() - 1).end();
    List<Actor> out = new ArrayList<>(target.size());
    for (Actor a : target) {
      boolean city = "GOV".equals(a.sector()) && a.country() != null && doc.mentions().stream()
          .anyMatch(m -> m.start() >= from && m.end() <= to && m.type().equals("LOCATION") && m.text().equals(a.text()));
      out.add(city ? new Actor(a.text(), a.name(), a.country() + "CVL", a.country(), "CVL", null) : a);
    }
    return out;
  }
}

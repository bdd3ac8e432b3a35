package org.dateline.coding;

import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * "Turkish troops attacked ... The assault was condemned by the EU": a judgement of an act that
 * names no one is of whoever did the act, and so is an inquiry into it ("investigating the
 * shooting"). The act is an event noun judged (object, subject of the passive, or what a noun is
 * of), named again from earlier in the story ({@link EarlierEvents#toldBefore}).
 */
final class JudgedActs {
  // Investigation (09), criticism and accusation (11) and rejection (12): what is looked into or
  // judged may be an act ("investigating the shooting", "condemned the assault")
  private static final Set<String> JUDGING = Set.of("09", "11", "12");
  // what a noun of judging is of: "an investigation into the shooting", "condemnation of the attack"
  private static final Set<String> OF_CASES = Set.of("into", "of", "over");
  // Praise or endorsement, verbal defence and forgiveness (051, 052, 056), not the rest of root 05
  // (signing an agreement told before is no judgement of whoever signed it first)
  private static final Set<String> APPROVING = Set.of("051", "052", "056");

  private JudgedActs() {}

  /** The doers of the act a judgement is of, or empty when it judges no act told before. */
  static List<Actor> doers(Document doc, Sentence s, Token p, String cameo, List<Actor> judges, Predicates predicates) {
    if (cameo.length() < 3 || !JUDGING.contains(cameo.substring(0, 2)) && !APPROVING.contains(cameo.substring(0, 3))) {
      return List.of();
    }
    for (Token c : judged(s, p)) {
      Predicates.Entry act = predicates.match(s, c);
      if (act == null) continue;
      Event told = EarlierEvents.toldBefore(doc, s, c, act.cameo());
      if (told == null) continue;
      // "the president attacked the investigation (into him)": one judges another's act
      List<Actor> doers = told.source().stream().filter(a -> !judges.contains(a)).toList();
      if (!doers.isEmpty()) return doers;
    }
    return List.of();
  }

  /**
   * What p judges: its object, the subject of its passive, the subject of the small clause under it
   * ("called the attack a cowardly act"), or for a noun what it is of ("an inquiry into the attack").
   */
  private static List<Token> judged(Sentence s, Token p) {
    List<Token> out = new java.util.ArrayList<>();
    for (Token c : s.children(p.index())) {
      if (c.deprel().equals("obj") || p.isVerb() && c.deprel().equals("nsubj:pass")) out.add(c);
      if (p.isNoun() && c.deprel().startsWith("nmod") && OF_CASES.contains(Arguments.caseOf(s, c))) out.add(c);
      if (c.deprel().equals("xcomp") && !c.isVerb()) {
        for (Token g : s.children(c.index())) if (g.deprel().startsWith("nsubj")) out.add(g);
      }
    }
    out.removeIf(t -> !t.isNoun());
    return out;
  }
}

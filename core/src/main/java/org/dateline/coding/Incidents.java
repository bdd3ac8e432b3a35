package org.dateline.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * One incident told with several predicates, coded once. News tells one attack with its
 * casualties ("attacked the camp, killing 156", "the bombing killed 12", "killed or wounded 50")
 * one protest with what it demands ("began a hunger strike to demand his release",
 * "demonstrated, calling for independence"), and one visit with its meeting ("arrived in Amman
 * on a visit"). Counting each predicate would count the incident
 * twice; the clause's governing predicate speaks for it.
 */
final class Incidents {
  private Incidents() {}

  /**
   * Predicates to leave uncoded because another one codes their incident.
   *
   * @param codes the CAMEO code of each predicate found in the sentence, by token index
   */
  static Set<Integer> folded(Sentence s, Map<Integer, String> codes) {
    Set<Integer> out = new HashSet<>();
    for (Map.Entry<Integer, String> e : codes.entrySet()) {
      Token t = s.tokens().get(e.getKey());
      String head = governing(s, t, codes);
      // a casualty and the violence that caused it, joined in the parse: the governor stays
      if (head != null && violent(e.getValue()) && violent(head) && (casualty(e.getValue()) || casualty(head))) {
        out.add(t.index());
      }
      // "arrived in Amman on a visit", "hosted the premier for a meeting": one consultation
      if (head != null && consult(e.getValue()) && consult(head)) out.add(t.index());
      if (protest(e.getValue())) out.addAll(demandsOf(s, t, codes));
      if (violent(e.getValue()) && t.isNoun() && chargedWith(s, t, codes)) out.add(t.index());
    }
    return out;
  }

  // words of the law that name a crime without coding an act of their own ("on suspicion of murder")
  // ("acquitted of assault", "cleared of murder", "jailed for the killing": the crime judged)
  private static final Set<String> LEGAL_WORDS = Set.of("suspicion", "suspect", "count", "guilty", "trial",
      "conviction", "allegation", "indictment", "charge", "acquit", "acquittal", "clear", "pardon", "sentence",
      "jail", "imprison");
  private static final Set<String> OF_A_CRIME = Set.of("of", "with", "for", "over", "to");

  /**
   * "charged with murder", "a charge of murder", "arrested on suspicion of murder", "convicted of
   * assault": the crime a legal act names is what it is about, told before; the legal act is the news.
   */
  private static boolean chargedWith(Sentence s, Token crime, Map<Integer, String> codes) {
    Token t = crime;
    for (int step = 0; step < 2 && t.head() >= 0; step++) {
      boolean hung = t.deprel().startsWith("nmod") || t.deprel().startsWith("obl");
      // "acquitted the officer of assault": the crime hangs on the one judged, the object
      boolean judged = step > 0 && t.deprel().equals("obj");
      if (!judged && (!hung || !OF_A_CRIME.contains(Arguments.caseOf(s, t)))) return false;
      Token head = s.tokens().get(t.head());
      String code = codes.get(head.index());
      if (code != null && (code.startsWith("11") || code.startsWith("173"))) return true;
      if (LEGAL_WORDS.contains(head.lemma().toLowerCase(Locale.ROOT))) return true;
      t = head;
    }
    return false;
  }

  /**
   * The code of the predicate that governs t: its head, or the head of the noun it hangs on
   * ("attacked a bus, killing twelve" parsed with "killing" on "bus").
   */
  private static String governing(Sentence s, Token t, Map<Integer, String> codes) {
    if (t.head() < 0) return null;
    String head = codes.get(t.head());
    if (head != null) return head;
    Token noun = s.tokens().get(t.head());
    return noun.isNoun() && noun.head() >= 0 && t.deprel().startsWith("acl") ? codes.get(noun.head()) : null;
  }

  /**
   * The appeals and demands a protest makes, and the protest it is: its "to demand ...",
   * "calling for ...", "to protest ..." and "in protest of ..." parts.
   */
  private static Set<Integer> demandsOf(Sentence s, Token protest, Map<Integer, String> codes) {
    Set<Integer> out = new HashSet<>();
    Token verb = protest.isNoun() && protest.head() >= 0 ? s.tokens().get(protest.head()) : protest;
    for (Token holder : List.of(protest, verb)) {
      for (Token c : s.children(holder.index())) {
        String code = codes.get(c.index());
        if (code == null || c.index() == protest.index()) continue;
        if (!(code.startsWith("02") || code.startsWith("10") || protest(code))) continue;
        boolean aim = c.deprel().equals("advcl") || c.deprel().equals("xcomp") || c.deprel().equals("dep")
            || c.deprel().equals("acl");
        // "a hunger strike in protest of the law": the protest the strike is
        boolean inProtest = c.isNoun() && protest(code) && Arguments.caseOf(s, c).equals("in");
        if (aim && c.isVerb() || inProtest) out.addAll(Clauses.subtree(s, c));
      }
    }
    return out;
  }

  private static boolean violent(String cameo) {
    return cameo.compareTo("18") >= 0 && cameo.compareTo("21") < 0;
  }

  /** Injuring or killing: what an attack does to people, not a kind of attack (as torture is). */
  private static boolean casualty(String cameo) {
    return cameo.equals("182") || cameo.equals("1823");
  }

  private static boolean consult(String cameo) {
    return cameo.startsWith("04");
  }

  private static boolean protest(String cameo) {
    return cameo.startsWith("14");
  }
}

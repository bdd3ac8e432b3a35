package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Who did an act named by a noun, said by a verb of doing beside it: "an attack carried out by the
 * Taliban", "the bombing was claimed by Islamic State", "the attack was blamed on Boko Haram",
 * "a march led by students". The verb's agent phrase names the doer; a verb of judging ("an attack
 * condemned by the UN") names no doer and is not read here.
 */
final class DoneBy {
  // verbs that say who did an act, with the preposition that brings the doer
  private static final Map<String, Set<String>> DOING = Map.ofEntries(
      Map.entry("carry", Set.of("by")), Map.entry("conduct", Set.of("by")), Map.entry("perpetrate", Set.of("by")),
      Map.entry("commit", Set.of("by")), Map.entry("stage", Set.of("by")), Map.entry("launch", Set.of("by")),
      Map.entry("mount", Set.of("by")), Map.entry("claim", Set.of("by")), Map.entry("orchestrate", Set.of("by")),
      Map.entry("mastermind", Set.of("by")), Map.entry("plan", Set.of("by")), Map.entry("lead", Set.of("by")),
      Map.entry("organise", Set.of("by")), Map.entry("organize", Set.of("by")),
      Map.entry("blame", Set.of("on")), Map.entry("attribute", Set.of("to")), Map.entry("ascribe", Set.of("to")));

  private DoneBy() {}

  /** The doers a verb of doing beside noun p names, or empty. */
  static List<Token> doers(Sentence s, Token p) {
    if (!p.isNoun()) return List.of();
    for (Token v : s.tokens()) {
      Set<String> cases = DOING.get(v.lemma().toLowerCase(Locale.ROOT));
      if (cases == null || !(v.pos().equals("VBN") || v.pos().equals("VBD")) || !linked(s, p, v)) continue;
      List<Token> agents = new ArrayList<>();
      for (Token c : s.children(v.index())) {
        if (c.deprel().startsWith("obl") && c.isNoun() && cases.contains(Arguments.caseOf(s, c))) agents.add(c);
      }
      if (!agents.isEmpty()) return agents;
    }
    return List.of();
  }

  /**
   * Whether the verb speaks of p: p is its subject or object ("the attack was carried out by"),
   * the verb hangs on p ("an attack carried out by"), or on the clause p stands in ("died in the
   * attack, carried out by").
   */
  private static boolean linked(Sentence s, Token p, Token v) {
    if (p.head() == v.index()) return p.deprel().startsWith("nsubj") || p.deprel().equals("obj");
    if (v.head() == p.index()) return v.deprel().startsWith("acl");
    boolean hungOnClause = v.deprel().equals("dep") || v.deprel().equals("advcl") || v.deprel().startsWith("acl");
    return hungOnClause && v.head() >= 0 && v.head() == p.head() && v.index() > p.index();
  }
}

package org.dateline.coding;

import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * A fight for a cause: "the coalition has fought for the rights of same-sex couples", "a long,
 * hard fight to get more women into parliament". Said of no armed party and aimed at an idea or
 * a purpose rather than at anyone, "fight" and "struggle" name a campaign, not force; armed
 * parties ("rebels fought for control of the town") and fights against someone stay force.
 */
final class Campaigns {
  private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "INS", "SPY", "COP", "CRM");
  private static final Set<String> FIGHTS = Set.of("fight", "struggle", "battle");
  // those who gather for a conference, not a protest: "delegates are gathering in Blackpool"
  private static final Set<String> CONVENERS = Set.of("GOV", "LEG", "IGO", "PTY", "JUD", "BUS");
  private static final Set<String> NO_PROTEST = org.dateline.util.Tsv.resource("/dateline/coding/campaigns.tsv").stream()
      .map(r -> r.get("word")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private Campaigns() {}

  /**
   * @param named  the source the words name (before the article's context or an unnamed doer fills it)
   * @param target the target found
   */
  static boolean waged(Sentence s, Token p, String cameo, List<Actor> named, List<Actor> target) {
    if (!cameo.startsWith("19") || !FIGHTS.contains(p.lemma().toLowerCase(java.util.Locale.ROOT))) return false;
    if (!target.isEmpty() || named.stream().anyMatch(a -> a.sector() != null && ARMED.contains(a.sector()))) return false;
    Token clause = p.isNoun() && p.deprel().startsWith("nsubj") && p.head() >= 0 ? s.tokens().get(p.head()) : p;
    for (Token c : s.children(p.index())) {
      // "fought for the rights of", "a fight for equality": the aim is an idea
      boolean forAnIdea = (c.deprel().startsWith("obl") || c.deprel().startsWith("nmod"))
          && Arguments.caseOf(s, c).equals("for") && (c.pos().equals("NN") || c.pos().equals("NNS"))
          && Senses.get().kind(c.lemma()) == Senses.Kind.ABSTRACTION;
      if (forAnIdea) return true;
      if (hasPurpose(s, c)) return true;
    }
    // "it was a hard fight to get women elected": the purpose hangs on the copula's clause
    return clause != p && s.children(clause.index()).stream().anyMatch(c -> hasPurpose(s, c));
  }

  /** "Delegates are gathering in Blackpool", "ministers gathered in Brussels": officials convening, no protest. */
  static boolean convened(Token p, String cameo, List<Actor> source) {
    if (!cameo.startsWith("14") || !p.isVerb() || !p.lemma().equalsIgnoreCase("gather") || source.isEmpty()) return false;
    return source.stream().allMatch(a -> a.sector() != null && CONVENERS.contains(a.sector()));
  }

  /** "Trump held political rallies", "a market rally": a rally that is a campaign's or the market's, no protest. */
  static boolean rallyOfNoProtest(Sentence s, Token p) {
    if (!p.isNoun() || !p.lemma().equalsIgnoreCase("rally")) return false;
    return s.children(p.index()).stream().anyMatch(c -> (c.deprel().equals("amod") || c.deprel().equals("compound"))
        && NO_PROTEST.contains(c.lemma().toLowerCase(java.util.Locale.ROOT)));
  }

  /** "to get more women into parliament": an infinitive of purpose. */
  private static boolean hasPurpose(Sentence s, Token c) {
    boolean clause = c.deprel().equals("acl") || c.deprel().equals("advcl") || c.deprel().equals("xcomp");
    return clause && c.isVerb() && Arguments.markOf(s, c).equals("to");
  }
}

package org.dateline.coding;

import java.util.Set;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * "Howard has written to Tony Blair demanding an explanation", "a letter to the Kremlin urging
 * restraint": the parser hangs the participle on the name written or sent to, but its doer is the
 * clause's subject, and the one named is whom the demand or appeal is addressed to. Only
 * participles of asking are read so; others on a noun say what that noun does ("rebels fighting
 * to topple the government").
 */
final class Addressees {
  private static final Set<String> HANGING = Set.of("obl", "obj", "iobj", "nmod");

  private Addressees() {}

  /** The one a participle of asking (a demand or an appeal) is addressed to, or null when it describes its noun. */
  static Token of(Sentence s, Token participle, Predicates.Entry entry) {
    boolean asks = entry != null && (entry.frame().equals("appeal") || entry.frame().equals("demand"));
    if (!asks || !participle.pos().equals("VBG") || participle.head() < 0) return null;
    if (participle.deprel().equals("advcl") || participle.deprel().equals("dep")) return writtenTo(s, s.tokens().get(participle.head()));
    if (!participle.deprel().equals("acl")) return null;
    // "joining thousands in demanding": a participle after a preposition is no address
    if (s.children(participle.index()).stream().anyMatch(c -> c.deprel().equals("mark") || c.deprel().equals("case"))) return null;
    Token name = s.tokens().get(participle.head());
    if (!name.isNoun()) return null;
    String rel = name.deprel().contains(":") ? name.deprel().substring(0, name.deprel().indexOf(':')) : name.deprel();
    // "a letter to the prime minister urging", not "thousands of demonstrators demanding"
    if (rel.equals("nmod") && !Arguments.caseOf(s, name).equals("to")) return null;
    return HANGING.contains(rel) ? name : null;
  }

  /** "has written to X, demanding ...": the one the clause's verb is written or sent to. */
  private static Token writtenTo(Sentence s, Token verb) {
    if (!verb.isVerb()) return null;
    for (Token c : s.children(verb.index())) {
      if (c.isNoun() && c.deprel().startsWith("obl") && Arguments.caseOf(s, c).equals("to")) return c;
    }
    return null;
  }
}

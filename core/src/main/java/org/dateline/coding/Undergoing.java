package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/** Who undergoes an event noun: "survived the attack", "faced criticism from backbenchers". */
final class Undergoing {
  // how an undergone event hangs on its verb besides as object
  private static final Set<String> UNDERGONE_IN = Set.of("in", "during", "from", "under");
  private static final Set<String> STRUGGLES = Set.of("fight", "battle", "struggle", "war", "clash", "contest");
  // Verbs whose subject undergoes the event noun they govern ("faced criticism", "received aid",
  // "came under attack")
  private static final Set<String> UNDERGOING = Set.of("survive", "suffer", "escape", "die", "perish", "sustain",
      "injure", "wound", "kill", "hurt", "flee", "face", "receive", "come");

  private Undergoing() {}

  /**
   * "Wiranto survived the attack", "four were injured in the shooting", "died in the bombing":
   * the subject of a verb of undergoing is whom the event noun it governs fell on; empty when
   * the noun hangs on no such verb.
   */
  static List<Token> undergoers(Sentence s, Token noun) {
    // "survived the attack", "injured in the shooting", "fled from the fighting"; not "fled after clashes"
    boolean undergone = noun.deprel().equals("obj")
        || noun.deprel().startsWith("obl") && UNDERGONE_IN.contains(Arguments.caseOf(s, noun));
    if (!noun.isNoun() || noun.head() < 0 || !undergone) return List.of();
    Token verb = s.tokens().get(noun.head());
    if (!verb.isVerb() || !UNDERGOING.contains(verb.lemma().toLowerCase(Locale.ROOT))) return List.of();
    // "faced a tough fight": one side of a fight faces it, no one undergoes it
    if (verb.lemma().equalsIgnoreCase("face") && STRUGGLES.contains(noun.lemma().toLowerCase(Locale.ROOT))) return List.of();
    return s.children(verb.index()).stream().filter(c -> c.deprel().startsWith("nsubj")).toList();
  }

  /** The "from" phrase of an event noun or of the verb that governs it: who the act comes from. */
  static List<Token> fromWhom(Sentence s, Token noun) {
    List<Token> out = new ArrayList<>();
    List<Token> holders = noun.head() >= 0 ? List.of(noun, s.tokens().get(noun.head())) : List.of(noun);
    for (Token h : holders) {
      for (Token c : s.children(h.index())) {
        boolean arg = c.deprel().startsWith("obl") || c.deprel().startsWith("nmod");
        if (arg && c != noun && Arguments.caseOf(s, c).equals("from")) out.add(c);
      }
    }
    return out;
  }
}

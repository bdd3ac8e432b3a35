package org.dateline.coding;

import java.util.List;
import java.util.Locale;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/** Questions put in the text: a sentence that asks, and a verb of asking that puts a question, not a request. */
final class Questions {
  private Questions() {}

  /** A direct question: the sentence ends with a question mark, closing quotes and brackets aside. */
  static boolean isQuestion(Sentence s) {
    List<Token> ts = s.tokens();
    for (int i = ts.size() - 1; i >= 0; i--) {
      String w = ts.get(i).word();
      if (w.equals("?")) return true;
      if (!(w.equals("''") || w.equals("\"") || w.equals("'") || w.equals(")") || w.equals("-RRB-") || w.equals("”"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a verb of asking puts a question, not a request: "'How can it be right?' he asked",
   * "asked whether the talks would resume", "asked why the report was hidden". A request asks
   * someone to act ("asked Kenya to withdraw", "asked for help").
   */
  static boolean asksQuestion(org.dateline.model.Document doc, Sentence s, Token verb) {
    if (!verb.lemma().equalsIgnoreCase("ask")) return false;
    boolean toAct = false;
    for (Token c : s.children(verb.index())) {
      if (c.deprel().equals("xcomp")) toAct = true;
      boolean clause = c.deprel().equals("ccomp") || c.deprel().equals("parataxis");
      String mark = clause ? Arguments.markOf(s, c).toLowerCase(Locale.ROOT) : "";
      if (mark.equals("if") || mark.equals("whether")) return true;
      // "asked why the government was hiding the report", "asked how much it would cost"
      if (clause && opensWithWhWord(s, c)) return true;
    }
    if (toAct) return false;
    // "Asked about the deal, the minister said ...", "When asked why, he told ...": a question put
    // to the speaker of the main clause, no appeal of the speaker's
    boolean subjectless = s.children(verb.index()).stream().noneMatch(c -> c.deprel().startsWith("nsubj"));
    if (verb.pos().equals("VBN") && verb.deprel().equals("advcl") && subjectless) return true;
    // the quoted question before "he asked", in its sentence or (as the splitter leaves it) the one before
    if (s.tokens().subList(0, verb.index()).stream().anyMatch(t -> t.word().equals("?"))) return true;
    boolean bare = s.children(verb.index()).stream().noneMatch(c -> c.deprel().equals("obj") || c.deprel().equals("ccomp"));
    return bare && s.index() > 0 && s.index() <= doc.sentences().size() && isQuestion(doc.sentences().get(s.index() - 1));
  }

  /** Whether a clause begins with "why", "how", "what", "who", "which" (a question it puts). */
  private static boolean opensWithWhWord(Sentence s, Token clause) {
    int first = Clauses.subtree(s, clause).stream().min(Integer::compare).orElse(clause.index());
    String pos = s.tokens().get(first).pos();
    return pos.equals("WRB") || pos.equals("WP") || pos.equals("WDT");
  }
}

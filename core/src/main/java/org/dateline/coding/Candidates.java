package org.dateline.coding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * The predicates of a sentence that stand as events: words the lexicon codes, less those that only
 * describe (a participle as adjective, part of a name, a definition), acts with no fitting doer or
 * object, and questions put.
 */
final class Candidates {
  private static final String OBLIGATION = Readings.OBLIGATION;

  private final Predicates predicates;
  private final Fit fit = new Fit();

  Candidates(Predicates predicates) {
    this.predicates = predicates;
  }

  /**
   * The sentence's candidate events by token index, skipping {@code byDictionary} (what the user's
   * dictionary has coded). What a question put asks about is added to {@code questioned}.
   */
  Map<Integer, EventCoder.Found> of(Document doc, Sentence s, Set<Integer> byDictionary, Set<Integer> questioned) {
    Map<Integer, EventCoder.Found> found = new LinkedHashMap<>();
    for (Token t : s.tokens()) {
      if (byDictionary.contains(t.index())) continue; // the user's dictionary has spoken
      Predicates.Entry e = predicates.match(s, t);
      String why = e == null ? null : Explain.lexicon(e);
      // "Washington declared that China must drop its barriers": any obligation reported of
      // another is a demand, whatever the verb (checked for two different parties in event())
      if (e == null && t.isVerb() && Mood.obliged(s, t) && t.deprel().equals("ccomp")) {
        e = new Predicates.Entry(t.lemma(), "verb", "", OBLIGATION, "");
        why = "an obligation reported of another ('must', 'has to') -> " + OBLIGATION;
      }
      // "the occupied West Bank", "a disputed island": a participle used as an adjective describes, it reports nothing
      if (e != null && t.deprel().equals("amod")) continue;
      if (e != null && (EventNouns.partOfName(doc, s, t) || EventNouns.partOfTitle(doc, s, t))) continue;
      // "held without charge", "a coup without a fight": what is done without the act is no such act
      if (e != null && t.isNoun() && Arguments.caseOf(s, t).equals("without")) continue;
      // "consumer demand for steel rose": a market's demand is no party's claim
      if (e != null && (Commerce.marketDemand(s, t) || Commerce.booked(s, t) || Commerce.marketRally(s, t))) continue;
      // "held campaign rallies in Ohio": a candidate's rally is no protest
      if (e != null && Campaigns.rallyOfNoProtest(s, t)) continue;
      // "the fight against AIDS": a struggle with an ill is no force
      if (e != null && Rhetoric.againstAnIll(s, t)) continue;
      // "a fire killed five", "recalled going there": no doer that can act, or an object the act does not take
      if (e != null) {
        Predicates.Entry fitting = fit.check(s, t, e);
        if (fitting != null && fitting != e) why += "; objects.tsv: its object does not fit -> " + fitting.cameo();
        e = fitting;
      }
      // "Impeachment is the process by which ...": a definition tells no event
      if (e != null && EventNouns.defined(s, t)) continue;
      // "'How can it be right?' he asked": a question put is no appeal
      // and what it asks about is no event told ("asked about the deal")
      if (e != null && t.isVerb() && Questions.asksQuestion(doc, s, t)) {
        questioned.addAll(Clauses.subtree(s, t));
        continue;
      }
      // "42% backed his legal action", "a poll found that support was unchanged": a poll's
      // answers are opinion, and what they name is no act either
      if (e != null && Polls.answered(doc.sentences(), s, t)) {
        questioned.addAll(Clauses.subtree(s, t));
        continue;
      }
      if (e != null && (t.isVerb() || EventNouns.standsAsEvent(s, t))) found.put(t.index(), new EventCoder.Found(t, e, why));
    }
    return found;
  }
}

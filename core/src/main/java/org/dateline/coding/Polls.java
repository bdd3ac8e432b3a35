package org.dateline.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * What a poll found: "87% said", "42% backed his legal action", "less than half the country wants
 * a ban", "a poll found that support for the parties was unchanged". A share of those asked is no
 * actor, and what they answered is opinion, not an act.
 */
final class Polls {
  private static final Set<String> SHARES = WordClasses.of("poll-shares");
  private static final Set<String> PERCENT = WordClasses.of("percent");
  private static final Set<String> POLLING = WordClasses.of("polling");
  private static final Set<String> POLLS = WordClasses.of("polls");
  private static final Set<String> FINDING = WordClasses.of("finding");

  private Polls() {}

  /**
   * Whether the verb gives the answers of a poll ("87% said", "nearly half the pupils polled
   * said", "a quarter said they opposed a ban"): its subject is a share of people.
   */
  static boolean answer(Sentence s, Token verb) {
    for (Token c : s.children(verb.index())) {
      boolean subject = c.deprel().startsWith("nsubj");
      // "Around one quarter said": the parser may hang the share on the verb as an oblique
      if (!subject && !(c.deprel().startsWith("obl") && c.isNoun())) continue;
      if (share(c) || s.children(c.index()).stream().anyMatch(m -> share(m)
          || (m.deprel().equals("amod") || m.deprel().startsWith("acl")) && POLLING.contains(lemma(m)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an act a rule found is a poll's answer: its doer is a share of people given in percent
   * ("42% backed his action"), or a fraction where a poll is named in the sentence or the one
   * before ("less than half the country wants a ban, the survey suggests"); half of a cabinet
   * backing a plan still acts. Or the act is what a poll found ("a poll found that support for the
   * parties remained unchanged").
   */
  static boolean answered(List<Sentence> sentences, Sentence s, Token t) {
    if (found(s, t)) return true;
    if (!t.isVerb() || !answer(s, t)) return false;
    boolean percent = s.tokens().stream().anyMatch(w -> PERCENT.contains(w.word().toLowerCase(Locale.ROOT)));
    return percent || polled(s) || s.index() > 0 && polled(sentences.get(s.index() - 1));
  }

  /** Whether the word lies in what a poll or survey found, showed or suggested. */
  private static boolean found(Sentence s, Token t) {
    Token cur = t;
    for (int hops = 0; hops < 8 && cur.head() >= 0; hops++) {
      Token head = s.tokens().get(cur.head());
      boolean content = cur.deprel().equals("ccomp") || cur.deprel().equals("parataxis");
      if (content && head.isVerb() && FINDING.contains(lemma(head)) && s.children(head.index()).stream()
          .anyMatch(c -> c.deprel().startsWith("nsubj") && POLLS.contains(lemma(c)))) {
        return true;
      }
      cur = head;
    }
    return false;
  }

  private static boolean polled(Sentence s) {
    return s.tokens().stream().anyMatch(w -> POLLS.contains(lemma(w)) || POLLING.contains(lemma(w)) && w.pos().equals("VBN"));
  }

  private static boolean share(Token t) {
    return SHARES.contains(t.word().toLowerCase(Locale.ROOT)) || SHARES.contains(lemma(t));
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}

package org.dateline.resolve.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

/**
 * Normalises every time expression of a document against its article date. SUTime's spans
 * (from the NLP stage) are kept, a few kinds it misses are added, and each is read again by
 * Dateline's own grammar with the tense of its clause deciding direction: in a story of
 * Tuesday 2023-11-28, "met on Wednesday" is 2023-11-22 and "will meet on Wednesday" 2023-11-29.
 * Where the grammar has no reading, SUTime's value stands (tidied to TIMEX3 form).
 */
public final class TimeResolver {
  private final TimeGrammar grammar = new TimeGrammar();
  private final TimeSpans spans = new TimeSpans();

  /** Replaces {@code doc.times()} with the resolved expressions, in text order. */
  public void resolve(Document doc) {
    List<TimeExpression> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<TimeExpression> known = new ArrayList<>();
      for (TimeExpression t : doc.times()) if (t.sentence() == s.index()) known.add(t);
      found.addAll(spans.complete(s, known));
    }
    found.sort(Comparator.comparingInt(TimeExpression::start));
    found = joined(doc, found);
    LocalDate dct = doc.article().date();
    String quarter = null;
    String period = null;
    int quarterSentence = -1;
    doc.times().clear();
    for (TimeExpression t : found) {
      Sentence s = sentence(doc, t);
      if (s == null || spans.noise(t, s)) continue;
      int[] range = tokens(s, t);
      Tense tense = range == null ? Tense.UNKNOWN : Tense.of(s, range[0], range[1]);
      TimeExpression out = spans.businessYear(s, t)
          ? new TimeExpression(t.text(), t.start(), t.end(), t.sentence(), "DURATION", "P1Y", null)
          : resolve(t, new Context(dct, tense, recent(quarter, quarterSentence, t), period));
      if (out == null) continue;
      if (names(out, "\\d{4}-Q[1-4]", "quarter")) {
        quarter = out.value();
        quarterSentence = out.sentence();
      }
      if (names(out, "\\d{4}-(Q[1-4]|\\d{2})", "")) period = out.value();
      doc.times().add(out);
    }
    List<TimeExpression> placed = ClockDays.place(doc.times(), dct);
    doc.times().clear();
    doc.times().addAll(placed);
  }

  /**
   * Spans widened by a word that completes them ("Thursday night", "18:00 UTC") and neighbours
   * that SUTime split joined ("9 a.m." + "Tuesday", "Friday" + "morning") when together they
   * read as one time or day.
   */
  private List<TimeExpression> joined(Document doc, List<TimeExpression> found) {
    List<TimeExpression> out = new ArrayList<>();
    Context probe = new Context(doc.article().date(), Tense.UNKNOWN, null, null);
    for (TimeExpression t : found) {
      Sentence s = sentence(doc, t);
      TimeExpression wide = s == null ? null : spans.widen(s, t, doc.text());
      if (wide != null && out.stream().noneMatch(o -> o.end() > wide.start() && o.start() < wide.end())) t = wide;
      TimeExpression prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.sentence() == t.sentence() && prev.end() <= t.start()
          && doc.text().substring(prev.end(), t.start()).matches("[\\s,]*")) {
        String text = doc.text().substring(prev.start(), t.end());
        Reading r = grammar.read(text, probe);
        if (r != null && (r.type().equals("TIME") || r.value().matches("\\d{4}-\\d{2}-\\d{2}"))) {
          out.set(out.size() - 1, new TimeExpression(text, prev.start(), t.end(), t.sentence(), r.type(), null, null));
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  /** One expression read in its context; SUTime's value when the grammar has none, or null. */
  TimeExpression resolve(TimeExpression t, Context c) {
    Reading r = grammar.read(t.text(), c);
    if (r != null) {
      return new TimeExpression(t.text(), t.start(), t.end(), t.sentence(), r.type(), r.value(), r.mod());
    }
    String value = SutimeValues.tidy(t.text(), t.value());
    if (value == null) return null;
    return new TimeExpression(t.text(), t.start(), t.end(), t.sentence(), t.type(), value, t.mod());
  }

  // A quarter spoken of within a paragraph or so still frames "a year ago"; one far back does not.
  private static final int WINDOW = 5;

  private static String recent(String quarter, int sentence, TimeExpression t) {
    return quarter != null && t.sentence() - sentence <= WINDOW ? quarter : null;
  }

  // A period named outright ("the third quarter", "in January"), not reached from another ("a year ago").
  private static boolean names(TimeExpression t, String valuePattern, String word) {
    String text = t.text().toLowerCase(java.util.Locale.ROOT);
    return t.value().matches(valuePattern) && text.contains(word) && !text.matches(".*(ago|earlier|year|last|next|following|previous).*");
  }

  /**
   * The time expression that modifies the predicate at token {@code predicate} of sentence
   * {@code s}: one attached to it as a temporal modifier (obl:tmod, nmod:tmod, obl:npmod, an
   * adverb like "yesterday") or through a temporal preposition ("on Friday", "in August",
   * "during the talks on Friday"). The closest such attachment wins; null when there is none.
   */
  public static TimeExpression modifierOf(Document doc, Sentence s, int predicate) {
    return Attachment.modifierOf(doc.times(), s, predicate);
  }

  private static Sentence sentence(Document doc, TimeExpression t) {
    int i = t.sentence();
    return i >= 0 && i < doc.sentences().size() ? doc.sentences().get(i) : null;
  }

  /** First and last token of the expression in its sentence, or null when none lies in it. */
  static int[] tokens(Sentence s, TimeExpression t) {
    int first = -1;
    int last = -1;
    for (Token k : s.tokens()) {
      if (k.end() <= t.start() || k.start() >= t.end()) continue;
      if (first < 0) first = k.index();
      last = k.index();
    }
    return first < 0 ? null : new int[] {first, last};
  }
}

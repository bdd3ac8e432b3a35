package org.dateline.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;
import org.junit.jupiter.api.Test;

/**
 * The resolver on sentences whose parse is written out by hand (word/TAG/head/relation), so the
 * tense rules are tested without CoreNLP. The story is dated Tuesday 2023-11-28.
 */
class TimeResolverTest {
  private static final LocalDate TUESDAY = LocalDate.of(2023, 11, 28);

  @Test
  void pastTenseWeekdayLooksBackFutureLooksAhead() {
    Document doc = doc(
        "Biden/NNP/1/nsubj met/VBD/-1/root Xi/NNP/1/obj on/IN/4/case Wednesday/NNP/1/obl ./PUNCT/1/punct",
        "They/PRP/2/nsubj will/MD/2/aux meet/VB/-1/root again/RB/2/advmod on/IN/5/case Wednesday/NNP/2/obl ./PUNCT/2/punct");
    mark(doc, 0, "Wednesday");
    mark(doc, 1, "Wednesday");
    new TimeResolver().resolve(doc);
    assertEquals("2023-11-22", doc.times().get(0).value());
    assertEquals("2023-11-29", doc.times().get(1).value());
  }

  @Test
  void expectedToIsFutureAndThePresentPerfectGivesNoDirection() {
    Document doc = doc(
        "Talks/NNS/2/nsubj:pass are/VBP/2/aux:pass expected/VBN/-1/root/expect to/TO/4/mark resume/VB/2/xcomp "
            + "in/IN/6/case January/NNP/4/obl ./PUNCT/2/punct",
        "The/DT/1/det board/NN/3/nsubj has/VBZ/3/aux set/VBN/-1/root Dec./NNP/3/obj 5/CD/4/nummod "
            + "as/IN/8/case the/DT/8/det deadline/NN/3/obl ./PUNCT/3/punct");
    mark(doc, 0, "January");
    mark(doc, 1, "Dec. 5");
    new TimeResolver().resolve(doc);
    assertEquals("2024-01", doc.times().get(0).value());
    assertEquals("2023-12-05", doc.times().get(1).value());
  }

  @Test
  void aMonthInThePastIsTheLatestOneBegun() {
    Document doc = doc("Prices/NNS/1/nsubj fell/VBD/-1/root in/IN/3/case August/NNP/1/obl ./PUNCT/1/punct");
    mark(doc, 0, "in August");
    new TimeResolver().resolve(doc);
    assertEquals("2023-08", doc.times().get(0).value());
    assertEquals("DATE", doc.times().get(0).type());
  }

  @Test
  void spansWithoutAnyReadingAreDroppedAndNoiseIsLeftOut() {
    Document doc = doc("A/DT/1/det 6-year-old/JJ/2/amod boy/NN/-1/root ./PUNCT/2/punct");
    mark(doc, 0, "6-year-old");
    new TimeResolver().resolve(doc);
    assertTrue(doc.times().isEmpty(), doc.times().toString());
  }

  @Test
  void modifierOfFindsTheExpressionOnThePredicate() {
    Document doc = doc(
        "Biden/NNP/1/nsubj met/VBD/-1/root Xi/NNP/1/obj on/IN/4/case Wednesday/NNP/1/obl and/CC/6/cc "
            + "said/VBD/1/conj nothing/NN/6/obj ./PUNCT/1/punct");
    mark(doc, 0, "Wednesday");
    new TimeResolver().resolve(doc);
    Sentence s = doc.sentences().get(0);
    TimeExpression when = TimeResolver.modifierOf(doc, s, 1);
    assertEquals("Wednesday", when.text());
    assertEquals("2023-11-22", when.value());
    assertNull(TimeResolver.modifierOf(doc, s, 6), "'said' has no time of its own");
    assertNull(TimeResolver.modifierOf(doc, s, 2), "'Xi' is no predicate the date hangs on");
  }

  @Test
  void yesterdayAsAdverbModifiesItsVerb() {
    Document doc = doc("Seoul/NNP/1/nsubj protested/VBD/-1/root yesterday/NN/1/obl:tmod ./PUNCT/1/punct");
    mark(doc, 0, "yesterday");
    new TimeResolver().resolve(doc);
    assertEquals("2023-11-27", TimeResolver.modifierOf(doc, doc.sentences().get(0), 1).value());
  }

  // --- building documents by hand ---

  /** One sentence per argument, tokens as word/TAG/head/relation[/lemma] separated by spaces. */
  private static Document doc(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> built = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      if (i > 0) text.append(' ');
      int start = text.length();
      List<Token> tokens = new ArrayList<>();
      String[] parts = sentences[i].split(" ");
      for (int k = 0; k < parts.length; k++) {
        String[] f = parts[k].split("/");
        if (k > 0 && !f[0].equals(".")) text.append(' ');
        int from = text.length();
        text.append(f[0]);
        tokens.add(new Token(k, f[0], f.length > 4 ? f[4] : f[0].toLowerCase(), f[1], "O", from, text.length(), Integer.parseInt(f[2]), f[3]));
      }
      built.add(new Sentence(i, start, text.length(), text.substring(start), tokens));
    }
    Article a = new Article("t", TUESDAY, null, null, null, text.toString(), 0, null, Map.of(), "t");
    Document doc = new Document(a);
    doc.sentences().addAll(built);
    return doc;
  }

  /** Marks the first occurrence of {@code words} in the sentence as a time span, as SUTime would. */
  private static void mark(Document doc, int sentence, String words) {
    Sentence s = doc.sentences().get(sentence);
    int at = s.start() + s.text().indexOf(words);
    doc.times().add(new TimeExpression(words, at, at + words.length(), sentence, "DATE", null, null));
  }
}

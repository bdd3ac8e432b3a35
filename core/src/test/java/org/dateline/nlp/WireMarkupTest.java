package org.dateline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/** Wire copy's company markup: a stock symbol is no word, a bracketed name is a company's name. */
class WireMarkupTest {
  private static Document code(String text) {
    Article a = new Article("t", LocalDate.parse("1987-04-06"), null, null, null, text, 0, null, null, "test");
    return Models.pipeline().process(a);
  }

  @Test
  void aStockSymbolIsNoCountry() {
    Document d = code("Anglo Mining Corp <UK> said on Monday it would close two pits in Wales.");
    assertTrue(d.mentions().stream().noneMatch(m -> m.text().contains("UK")), d.mentions().toString());
    // the company is the subject of "said", not the symbol
    var said = d.sentences().get(0).tokens().stream().filter(t -> t.word().equals("said")).findFirst().orElseThrow();
    var subject = d.sentences().get(0).children(said.index()).stream().filter(t -> t.deprel().startsWith("nsubj"))
        .findFirst().orElseThrow();
    assertEquals("Corp", subject.word());
  }

  @Test
  void aBracketedNameIsANameWithItsOffsetsKept() {
    String text = "<Harbour Timber Ltd> said it had sold its sawmill in Tasmania.";
    Document d = code(text);
    Mention m = d.mentions().stream().filter(x -> x.text().contains("Harbour")).findFirst()
        .orElseThrow(() -> new AssertionError(d.mentions().toString()));
    assertEquals("Harbour Timber Ltd", text.substring(m.start(), m.end()));
    assertEquals("ORGANIZATION", m.type());
  }

  @Test
  void textWithoutMarkupIsLeftAlone() {
    String text = "Profits rose 5 pct, the company said, as x < y held and 3 > 2.";
    assertEquals(text, WireMarkup.blank(text));
    assertEquals("  Acme Ltd  said", WireMarkup.blank(" <Acme Ltd> said"));
    assertEquals("Acme Ltd" + " ".repeat(9) + "said", WireMarkup.blank("Acme Ltd <AC.TO> said"));
  }
}

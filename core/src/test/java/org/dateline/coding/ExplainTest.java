package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.dateline.model.Explanation;
import org.junit.jupiter.api.Test;

/** Every coded event says which entry, frame or rule coded it, how its actors were found, and whence its date. */
class ExplainTest {
  @Test
  void aLexiconEventNamesItsEntryAndItsActors() {
    Coded c = Coded.of("On Tuesday, Peru expelled the Venezuelan ambassador.", "2019-03-07");
    Event e = c.trigger("expelled");
    Explanation x = e.explain();
    assertTrue(x.type().startsWith("predicates.tsv: verb 'expel'"), x.type());
    assertTrue(x.type().contains(e.cameo()), x.type());
    assertEquals(1, x.source().size(), x.source().toString());
    assertTrue(x.source().get(0).contains("PER") && x.source().get(0).contains("nsubj of 'expelled'"), x.source().toString());
    assertTrue(x.date().contains("Tuesday"), x.date());
  }

  @Test
  void aFramedEventNamesItsFrameAndContent() {
    Coded c = Coded.of("Ghana agreed to hold talks with Togo on the border dispute.");
    Explanation x = c.root("03").get(0).explain();
    assertTrue(x.type().contains("frames.tsv") && x.type().contains("'talks'"), x.type());
  }

  @Test
  void anObjectThatDoesNotFitSaysSo() {
    Coded c = Coded.of("The Polish opposition leader attacked the government's decision to close the border.");
    Explanation x = c.trigger("attacked").explain();
    assertTrue(x.type().contains("objects.tsv") && x.type().endsWith("111"), x.type());
  }
}

package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/** Surnames that are words, and peers named after places (sentences written here). */
class MissedNamesTest {
  private static Document code(String text) {
    return Models.pipeline().process(new Article("t", LocalDate.of(2006, 5, 2), null, null, null, text, 0, null, null, "t"));
  }

  private static Optional<Mention> mention(Document d, String text) {
    return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst();
  }

  @Test
  void aSurnameThatIsAWordIsThePersonNamedBefore() {
    Document d = code("Opposition spokeswoman Harriet Glass spoke in Leeds on Monday. Glass also attacked the "
        + "government's new taxes.");
    Mention glass = mention(d, "Glass").orElseThrow(() -> new AssertionError(d.mentions().toString()));
    assertEquals("PERSON", glass.type());
    assertEquals("Harriet Glass", glass.actor().name(), glass.toString());
  }

  @Test
  void theWordBeforeAnyoneIsNamedOrAsAModifierIsNoPerson() {
    Document d = code("Glass prices rose on Monday. Opposition spokeswoman Harriet Glass spoke in Leeds. "
        + "Glass makers said the glass tax was unfair.");
    List<Mention> alone = d.mentions().stream().filter(m -> m.text().equals("Glass")).toList();
    assertTrue(alone.isEmpty(), alone.toString());
  }

  @Test
  void aLordNamedAfterAPlaceIsAPeer() {
    Document d = code("Lord Bristol warned ministers that the bill would fail in the upper house.");
    Mention peer = mention(d, "Lord Bristol").orElseThrow(() -> new AssertionError(d.mentions().toString()));
    assertEquals("PERSON", peer.type());
    assertEquals("LEG", peer.actor().sector(), peer.toString());
    assertTrue(mention(d, "Bristol").isEmpty(), d.mentions().toString());
  }
}

package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/** A nationality stated beside a person's name is the person's country (sentences written here). */
class NationalityTest {
  private static Document code(String text) {
    return Models.pipeline().process(new Article("t", LocalDate.of(2021, 3, 9), null, null, null, text, 0, null, null, "t"));
  }

  private static List<Actor> all(Document d, String text) {
    return d.mentions().stream().filter(m -> m.text().equals(text)).map(Mention::actor).toList();
  }

  @Test
  void aNationalityBeforeTheNameHoldsForLaterSurnames() {
    Document d = code("An Irish woman was detained in Nairobi on Monday. A Canadian, Derek Pollworth, appeared "
        + "in a Kenyan court on Tuesday. Kenyan police said Pollworth would stay in custody.");
    assertEquals("CAN", all(d, "Derek Pollworth").get(0).country(), d.mentions().toString());
    assertEquals("CAN", all(d, "Pollworth").get(0).country(), d.mentions().toString());
  }

  @Test
  void aNationalityInAppositionAfterTheNameIsTheCountry() {
    Document d = code("Kenyan police questioned Marta Eskildsen, a 34-year-old Norwegian, in Mombasa on Friday.");
    assertEquals("NOR", all(d, "Marta Eskildsen").get(0).country(), d.mentions().toString());
    Document n = code("Kenyan police released Tobias Fenwright, a British national, in Mombasa on Friday.");
    assertEquals("GBR", all(n, "Tobias Fenwright").get(0).country(), n.mentions().toString());
  }

  @Test
  void aNationalityThatOnlyModifiesAnotherNounSaysNothingOfThePerson() {
    // "a French company" is the firm's nationality, not Okonjo's
    Document d = code("Kenyan police questioned Daniel Okonjo, a French company's driver, in Mombasa on Friday.");
    assertNotEquals("FRA", all(d, "Daniel Okonjo").get(0).country(), d.mentions().toString());
  }
}

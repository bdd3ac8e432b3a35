package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** A news outlet as doer: it reports and investigates (no event), consults, and may criticise. */
class PressTest {
  @Test
  void theOutletThatPublishesTheStoryIsTheMedia() {
    Coded c = Coded.published("The Harbour Gazette contacted the Maltese interior ministry on Monday. "
        + "The Harbour Gazette examined court records from 2018.", "2021-06-09", "Harbour Gazette");
    Event asked = c.trigger("contacted");
    assertEquals("04", asked.cameo().substring(0, 2), c.describe());
    assertEquals("MED", asked.source().get(0).sector(), c.describe());
    assertTrue(c.root("09").isEmpty(), c.describe());
  }

  @Test
  void aReportersRequestIsAConsultation() {
    Coded c = Coded.published("The Harbour Gazette asked the Maltese interior ministry for the names of the officers.",
        "2021-06-09", "Harbour Gazette");
    assertEquals("040", c.trigger("asked").cameo(), c.describe());
  }

  @Test
  void reportingAnAttackIsNoAttackByThePress() {
    Coded c = Coded.of("Reuters reported the attack on the Afghan army base in Ghazni on Monday.");
    for (Event e : c.root("1")) {
      assertTrue(e.source().stream().noneMatch(a -> "MED".equals(a.sector())), c.describe());
    }
  }

  @Test
  void anOutletStillCriticises() {
    Coded c = Coded.of("The Guardian newspaper criticised the British home secretary over the deportations.");
    assertEquals("11", c.trigger("criticised").cameo().substring(0, 2), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A promise, refusal or threat made in words reported is news on the day it is made: the event is
 * the stating, not the act still to come. A bare "would" of description, or "could", promises nothing.
 */
class StatedPromisesTest {
  @Test
  void aReportedPromiseIsAnIntentStated() {
    Coded c = Coded.of("Russia said it would send aid to Syria.", "2019-07-25");
    Event e = c.trigger("send");
    assertEquals("033", e.cameo(), c.describe());
    assertEquals("intent", e.modality(), c.describe());
  }

  @Test
  void aPromiseWithWillIsStated() {
    Coded c = Coded.of("Japan will send aid to Nepal.", "2019-07-25");
    Event e = c.trigger("send");
    assertTrue(e.cameo().startsWith("03"), c.describe());
    assertEquals("intent", e.modality(), c.describe());
  }

  @Test
  void aReportedThreatIsMade() {
    Coded c = Coded.of("The rebels said they would attack the capital.", "2019-07-25");
    Event e = c.trigger("attack");
    assertTrue(e.cameo().startsWith("13"), c.describe());
    assertNull(e.modality(), c.describe());
  }

  @Test
  void couldAndADescribingWouldStaySupposed() {
    Coded c = Coded.of("Analysts said the army could attack the city.", "2019-07-25");
    assertEquals("hypothetical", c.trigger("attack").modality(), c.describe());
    Coded bill = Coded.of("The treaty would allow Japan to send troops to Korea.", "2019-07-25");
    bill.root("03").forEach(e -> assertTrue(e.modality() != null && !e.modality().equals("intent"), bill.describe()));
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a vote, a debate or talks are about is deliberated, not done. */
class DeliberatedActsTest {
  @Test
  void sanctionsTalkedAboutAreNotImposed() {
    Coded c = Coded.of("Chilean ministers held talks on sanctions against Bolivia on Monday. "
        + "Peruvian MPs voted on the ban.", "2016-03-01");
    assertEquals("hypothetical", c.trigger("sanctions").modality(), c.describe());
    assertEquals("hypothetical", c.trigger("ban").modality(), c.describe());
  }

  @Test
  void aStrikeOverPayIsHeld() {
    Coded c = Coded.of("Chilean dock workers went on strike over pay on Monday.", "2016-03-01");
    assertNull(c.trigger("strike").modality(), c.describe());
  }
}

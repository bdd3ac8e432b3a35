package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Economists or analysts agreeing that something is so share an opinion; governments agreeing that something will be done agree. */
class CommentatorsTest {
  @Test
  void commentatorsAgreeingThatSomethingIsSoMakeNoAgreement() {
    Coded c = Coded.of("Economists agreed that the bond auctions would not lift the dollar.");
    assertTrue(c.root("03").isEmpty(), c.describe());
    Coded analysts = Coded.of("Most analysts agree that the central bank will raise rates in June.");
    assertTrue(analysts.root("03").isEmpty(), analysts.describe());
  }

  @Test
  void governmentsAgreeingThatTalksWillResumeAgree() {
    Coded c = Coded.of("Kenya and Uganda agreed that talks on the border would resume next week.");
    assertEquals("03", c.trigger("agreed").cameo().substring(0, 2), c.describe());
  }
}

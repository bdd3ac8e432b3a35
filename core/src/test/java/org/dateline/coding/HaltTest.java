package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Stopping what is under way is coded by what is stopped. */
class HaltTest {
  @Test
  void suspendedTalksAreHaltedNegotiations() {
    Coded c = Coded.of("Armenia suspended talks with Azerbaijan on Tuesday.");
    assertEquals("164", c.trigger("suspended").cameo(), c.describe());
  }

  @Test
  void aCancelledVisitReducesRelations() {
    Coded c = Coded.of("The Dutch minister cancelled a planned visit to Suriname.");
    assertEquals("SANCTION", c.trigger("cancelled").plover().type(), c.describe());
  }

  @Test
  void haltedAidIsReducedAid() {
    Coded c = Coded.of("Sweden halted development aid to Tanzania last week.");
    assertEquals("162", c.trigger("halted").cameo(), c.describe());
  }

  @Test
  void cancelledRestrictionsAreAConcession() {
    Coded c = Coded.of("Uzbekistan cancelled restrictions on cross-border trade with Kyrgyzstan.");
    assertEquals("CONCEDE", c.trigger("cancelled").plover().type(), c.describe());
  }
}

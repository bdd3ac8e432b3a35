package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void stoppingAnAttackDeEscalates() {
    Coded c = Coded.of("Militants in the hills stopped shelling the border town on Sunday.");
    assertEquals("087", c.trigger("stopped").cameo(), c.describe());
    assertTrue(c.root("19").isEmpty(), "the shelling stopped is no assault: " + c.describe());
  }

  @Test
  void ceasingFireDeEscalates() {
    Coded c = Coded.of("Government troops ceased firing after the mediators arrived.");
    assertEquals("087", c.trigger("ceased").cameo(), c.describe());
    assertTrue(c.root("15").isEmpty(), "the firing ceased is no show of force: " + c.describe());
  }

  @Test
  void stoppingFundingReducesAid() {
    Coded c = Coded.of("Norway stopped funding the agency's projects in Malawi.");
    assertEquals("162", c.trigger("stopped").cameo(), c.describe());
  }

  @Test
  void aBareStopIsNoEvent() {
    Coded c = Coded.of("Police stopped a lorry near the port of Dover.");
    assertTrue(c.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("stopped")), c.describe());
  }
}

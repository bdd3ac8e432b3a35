package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** PLOVER readings the manual's text gives where the CAMEO->PLOVER table is coarser (plover-modes.tsv). */
class PloverModesTest {
  @Test
  void aResignationIsAPloverRetreat() {
    Coded c = Coded.of("Bolivian President Carlos Mesa resigned on Monday.");
    var e = c.trigger("resigned");
    assertEquals("0831", e.cameo(), c.describe());
    assertEquals("RETREAT", e.plover().type(), c.describe());
    assertEquals("resign", e.plover().mode(), c.describe());
  }

  @Test
  void aCyberAttackIsCoercionNotViolence() {
    Coded c = Coded.of("Russian hackers launched a cyber attack on Estonian government servers on Friday.");
    var e = c.trigger("attack");
    assertEquals("COERCE", e.plover().type(), c.describe());
    assertEquals("cyber", e.plover().mode(), c.describe());
  }

  @Test
  void liftingACurfewIsAConcessionAsTheManualSays() {
    Coded c = Coded.of("The army lifted the curfew in Mandalay on Tuesday.");
    assertEquals("0813", c.trigger("lifted").cameo(), c.describe());
    assertEquals("CONCEDE", c.trigger("lifted").plover().type(), c.describe());
  }

  @Test
  void internationalSanctionsAreSanctionDiscontinue() {
    Coded c = Coded.of("Canada imposed sanctions on Belarus on Monday.");
    var e = c.root("16").get(0);
    assertEquals("SANCTION", e.plover().type(), c.describe());
    assertEquals("discontinue", e.plover().mode(), c.describe());
  }
}

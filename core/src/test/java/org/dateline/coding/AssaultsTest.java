package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Unconventional violence (18) against fighting with conventional force (19), by who acts and on whom. */
class AssaultsTest {
  @Test
  void aGunmanAttackingShoppersIsAnAssault() {
    Coded c = Coded.of("A gunman attacked shoppers at a market in Mombasa on Friday.", "2021-03-02");
    assertEquals("18", c.trigger("attacked").cameo().substring(0, 2), c.describe());
  }

  @Test
  void anArmyAttackingRebelsIsFighting() {
    Coded c = Coded.of("The Ugandan army attacked rebel positions near the Congolese border on Friday.", "2021-03-02");
    assertEquals("19", c.trigger("attacked").cameo().substring(0, 2), c.describe());
  }

  @Test
  void civiliansAttackedByNoNamedForceSufferAnAssault() {
    Coded c = Coded.of("Congolese villagers were attacked near Beni on Friday night.", "2021-03-02");
    assertEquals("18", c.trigger("attacked").cameo().substring(0, 2), c.describe());
  }
}

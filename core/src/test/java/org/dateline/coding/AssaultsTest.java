package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Unconventional violence (18) against fighting with conventional force (19), by who acts and on whom. */
class AssaultsTest {
  @Test
  void whoActsAndOnWhomDecideTheRoot() {
    assertRoot("18", "A gunman attacked shoppers at a market in Mombasa on Friday.");
    assertRoot("19", "The Ugandan army attacked rebel positions near the Congolese border on Friday.");
    // civilians attacked by no named force
    assertRoot("18", "Congolese villagers were attacked near Beni on Friday night.");
  }

  private static void assertRoot(String root, String text) {
    Coded c = Coded.of(text, "2021-03-02");
    assertEquals(root, c.trigger("attacked").cameo().substring(0, 2), c.describe());
  }

  @Test
  void anAttackWithNoDoerNamedIsByUnidentifiedArmedForces() {
    Coded c = Coded.of("Two Somali soldiers were shot dead at a checkpoint near Baidoa on Monday.", "2021-03-02");
    Event e = c.trigger("shot");
    assertEquals("SOMUAF", e.source().get(0).code(), c.describe());
    assertEquals(Unnamed.ATTACKER, e.source().get(0).role(), c.describe());
    // soldiers shot by no one named: fighting, the unnamed doer is no evidence of irregular violence
    assertEquals("19", e.cameo().substring(0, 2), c.describe());
  }

  @Test
  void aLaterMentionTakesTheNamedSidesNotTheUnnamedAttacker() {
    Coded c = Coded.of("Somali troops attacked al-Shabaab positions near Baidoa on Monday. The attack lasted six hours.",
        "2021-03-02");
    Event later = c.trigger("attack");
    assertEquals("SOMMIL", later.source().get(0).code(), c.describe());
  }

  @Test
  void anAttackOnAPoliticalFigureIsAnAttemptOnTheirLifeAKillingAnAssassination() {
    Coded c = Coded.of("A man stabbed Otieno Kamau, the mayor of Mombasa, at a rally on Friday.", "2021-03-02");
    assertEquals("185", c.trigger("stabbed").cameo(), c.describe());
    Coded d = Coded.of("Gunmen killed the Kenyan lawmaker Wanjiru Odhiambo in Nairobi on Friday.", "2021-03-02");
    assertEquals("186", d.trigger("killed").cameo(), d.describe());
    // a shopkeeper is no political figure, nor are protesters
    Coded e = Coded.of("A man stabbed a shopkeeper in Mombasa on Friday.", "2021-03-02");
    assertEquals("182", e.trigger("stabbed").cameo(), e.describe());
    Coded f = Coded.of("Gunmen shot at opposition protesters in Mombasa on Friday.", "2021-03-02");
    assertTrue(f.root("18").stream().noneMatch(x -> x.cameo().equals("185")), f.describe());
  }

  @Test
  void theAttackToldAgainKeepsTheIncidentsCode() {
    Coded c = Coded.of("A man stabbed a shopkeeper in Mombasa on Friday. The attack shocked the city.", "2021-03-02");
    assertEquals("182", c.trigger("attack").cameo(), c.describe());
  }

  @Test
  void aKillingDoneWithABombIsABombingOfItsKind() {
    Coded c = Coded.of("A suicide bomber killed twelve people at a market in Peshawar.");
    assertEquals("1831", c.trigger("killed").cameo(), c.describe());
    Coded d = Coded.of("A roadside bomb killed three Pakistani soldiers near Quetta.");
    assertEquals("1833", d.trigger("killed").cameo(), d.describe());
    Coded e = Coded.of("A car bomb exploded outside the police station in Quetta.");
    assertEquals("1832", e.trigger("exploded").cameo(), e.describe());
  }

  @Test
  void aBombingByNoStateForceIsNoAirStrike() {
    Coded c = Coded.of("Militants bombed the gas pipeline near Quetta.");
    assertEquals("183", c.trigger("bombed").cameo(), c.describe());
    Coded d = Coded.of("Pakistani jets bombed militant hideouts near the Afghan border.");
    assertEquals("195", d.trigger("bombed").cameo(), d.describe());
    // a killing with no bomb stays what it was
    Coded g = Coded.of("Gunmen killed four police officers in Quetta.");
    assertEquals("1823", g.trigger("killed").cameo(), g.describe());
  }
}

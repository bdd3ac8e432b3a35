package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Acts whose kind a modifier or an "of" phrase says: hunger strikes, martial law, air strikes. */
class KindOfActTest {
  @Test
  void aHungerStrikeIsAProtestAgainstWhatItsAimNames() {
    Coded c = Coded.of("Forty Chechen prisoners began a hunger strike to protest against Georgia's decision to extradite them.");
    Event e = c.trigger("strike");
    assertEquals("1422", e.cameo(), c.describe());
    assertEquals("GEO", Coded.countries(e.target()), c.describe());
  }

  @Test
  void aStrikeFromTheAirIsForce() {
    Coded c = Coded.of("A Nigerian air strike hit a rebel camp near the border.");
    assertEquals("195", c.trigger("strike").cameo(), c.describe());
  }

  @Test
  void aStrikeByWorkersIsAProtestAndByTroopsAnAttack() {
    Coded workers = Coded.of("Dock workers in Chittagong began a strike over unpaid wages.");
    assertTrue(workers.trigger("strike").cameo().startsWith("14"), workers.describe());
    Coded troops = Coded.of("A strike by Ethiopian troops destroyed the depot.");
    assertTrue(troops.trigger("strike").cameo().startsWith("19"), troops.describe());
  }

  @Test
  void martialLawAndAStateOfEmergencyAreCoercion() {
    Coded c = Coded.of("The Thai army declared martial law in Bangkok.");
    assertEquals("1724", c.trigger("declared").cameo(), c.describe());
    Coded s = Coded.of("Peru imposed a state of emergency in three provinces.");
    assertEquals("1724", s.trigger("imposed").cameo(), s.describe());
  }

  @Test
  void troopsOnAlertAreMobilised() {
    Coded c = Coded.of("Indian troops stayed on high alert along the frontier for a third day.");
    assertEquals("MOBILIZE", c.trigger("alert").plover().type(), c.describe());
  }

  @Test
  void jointDrillsAreCooperationAndNavalExercisesAShowOfForce() {
    Coded joint = Coded.of("Ghana and Togo began joint naval drills off the coast on Monday.");
    assertEquals("062", joint.trigger("drills").cameo(), joint.describe());
    Coded alone = Coded.of("Iran held naval exercises in the Gulf on Friday.");
    assertEquals("150", alone.trigger("exercises").cameo(), alone.describe());
  }

  @Test
  void aNounOfActionNoEntryListsReadsAsItsVerb() {
    Coded c = Coded.of("Ghana and Togo announced closer cooperation on border security on Monday.");
    Event e = c.trigger("cooperation");
    assertEquals("06", e.cameo().substring(0, 2), c.describe());
    assertTrue(e.explain().type().contains("WordNet"), e.explain().type());
  }

  @Test
  void crowdControlWeaponsAreRepressionNotWar() {
    Coded c = Coded.of("Ghanaian police fired tear gas at protesters in Accra on Monday.");
    assertEquals("175", c.trigger("fired").cameo(), c.describe());
    Coded d = Coded.of("Ghanaian police used water cannon against the protesters in Accra on Monday.");
    assertEquals("175", d.trigger("used").cameo(), d.describe());
    Coded e = Coded.of("Ghanaian troops fired at rebel positions near the border on Monday.");
    assertEquals("19", e.trigger("fired").cameo().substring(0, 2), e.describe());
  }

  @Test
  void claimingResponsibilityIsAcknowledgingIt() {
    Coded c = Coded.of("Boko Haram claimed responsibility for the bombing of a market in Maiduguri.");
    assertEquals("015", c.trigger("claimed").cameo(), c.describe());
  }

  @Test
  void aVerbInsideAnOrganisationsNameIsNoAct() {
    Coded c = Coded.of("The Committee to Protect Journalists condemned the arrest of three reporters in Cairo on Monday.");
    assertTrue(c.root("07").isEmpty(), c.describe());
    assertFalse(c.root("11").isEmpty(), c.describe());
  }

  @Test
  void anActNamedAsAKindOrCountedIsNoActTold() {
    Coded c = Coded.of("The Zambian law commission proposed two degrees of murder on Monday.");
    assertTrue(c.root("18").isEmpty(), c.describe());
    Coded n = Coded.of("Zambian police recorded a rise in the number of assaults in Lusaka.");
    assertTrue(n.root("18").isEmpty() && n.root("19").isEmpty(), n.describe());
    // "a number of" counts acts that happened
    Coded a = Coded.of("A number of attacks hit Zambian army posts near Lusaka on Monday.");
    assertFalse(a.root("19").isEmpty() && a.root("18").isEmpty(), a.describe());
  }
  @Test
  void aParticipleSaysWhatWasDoneNotWhatTheObjectIs() {
    Coded c = Coded.of("The spokesman said the new party was joining an already crowded field.", "2005-02-13");
    assertEquals(0, c.root("14").size(), c.describe());
    Coded d = Coded.of("Thousands of students joined the crowd outside parliament.", "2005-02-13");
    assertEquals("141", d.trigger("joined").cameo(), d.describe());
  }
}

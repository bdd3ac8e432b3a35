package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One incident told with several predicates is coded once. */
class IncidentsTest {
  @Test
  void anAttackAndItsCasualtiesAreOneEvent() {
    Coded c = Coded.of("Gunmen attacked a bus near Garissa, killing twelve passengers.");
    assertEquals(1, c.root("18").size() + c.root("19").size() + c.root("20").size(), c.describe());
    c.trigger("attacked");
  }

  @Test
  void killedOrWoundedIsOneEvent() {
    Coded c = Coded.of("Militants killed or wounded 30 villagers in Borno on Tuesday.");
    assertEquals(1, c.root("18").size(), c.describe());
  }

  @Test
  void twoAttacksInOneSentenceStayTwo() {
    Coded c = Coded.of("Rebels shelled Goma and troops bombed rebel positions near Rutshuru.");
    assertTrue(c.root("19").size() >= 2, c.describe());
  }

  @Test
  void whatAProtestDemandsIsPartOfIt() {
    Coded c = Coded.of("Thousands of teachers marched in Accra on Monday, demanding higher pay.");
    assertEquals(1, c.doc.events().size(), c.describe());
    assertEquals("PROTEST", c.doc.events().get(0).plover().type());
  }

  @Test
  void anArrivalOnAVisitIsOneVisit() {
    Coded c = Coded.of("The Sudanese president arrived in Cairo on a two-day visit on Monday.");
    assertEquals(1, c.root("04").size(), c.describe());
  }

  @Test
  void troopsArrivingAreDeployedNotVisiting() {
    Coded keepers = Coded.of("The first Fijian peacekeepers arrived in southern Lebanon on Friday.");
    assertEquals("074", keepers.trigger("arrived").cameo(), keepers.describe());
    Coded troops = Coded.of("Russian troops arrived in Belarus on Friday.");
    assertEquals("MOBILIZE", troops.trigger("arrived").plover().type(), troops.describe());
  }

  @Test
  void aStrikeToProtestIsOneProtest() {
    Coded c = Coded.of("Opposition parties staged a general strike in Kathmandu on Monday in protest at the king's decree.");
    assertEquals(1, c.root("14").size(), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Throwing stones, eggs or bottles at someone is violent protest (145), whoever is hit; a
 * deadline given to another party for its act is an ultimatum (139) to that party. Throwing a
 * ball or a party, and a deadline no one is given, are neither.
 */
class ThrownAndDeadlinesTest {
  @Test
  void stonesThrownAtPoliceAreAViolentProtest() {
    Coded c = Coded.of("Striking miners threw stones at riot police outside the Ministry of Mines in La Paz on Thursday.");
    Event e = c.trigger("threw");
    assertEquals("145", e.cameo(), c.describe());
    assertEquals("COP", e.target().get(0).sector(), c.describe());
  }

  @Test
  void peltingAMinisterWithEggsTargetsTheMinister() {
    Coded c = Coded.of("Angry farmers pelted the Irish agriculture minister with eggs in Cork on Saturday.");
    Event e = c.trigger("pelted");
    assertEquals("145", e.cameo(), c.describe());
    assertEquals("IRL", Coded.countries(e.target()), c.describe());
  }

  @Test
  void throwingABallOrAPartyIsNoProtest() {
    Coded c = Coded.of("The French president threw the first ball at the match and later threw a party for the team.");
    assertTrue(c.root("14").isEmpty(), c.describe());
  }

  @Test
  void givingTheGovernmentUntilFridayIsAnUltimatum() {
    Coded c = Coded.of("Nigerian trade unions gave the government until Friday to reverse the fuel price rise.");
    Event e = c.trigger("gave");
    assertEquals("139", e.cameo(), c.describe());
    assertEquals("NGA", Coded.countries(e.target()), c.describe());
  }

  @Test
  void aDeadlineSetForTheRebelsIsAnUltimatumToThem() {
    Coded c = Coded.of("The Malian army set a deadline for the rebels to leave Kidal.");
    Event e = c.trigger("set");
    assertEquals("139", e.cameo(), c.describe());
    assertEquals("REB", e.target().get(0).sector(), c.describe());
  }

  @Test
  void givingAnAwardIsNoUltimatum() {
    Coded c = Coded.of("The Kenyan president gave the athletes a reception on Friday.");
    assertTrue(c.root("13").isEmpty(), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Instructing or directing someone to act is an order, recommending an appeal; crediting people
 * with a deed or appreciating what they did is praise.
 */
class DirectionsAndCreditTest {
  @Test
  void anInstructionToActIsAnOrder() {
    Coded c = Coded.of("The Czech interior minister instructed the police to close the border crossings.");
    assertEquals("10", c.trigger("instructed").cameo().substring(0, 2), c.describe());
    Coded d = Coded.of("The Senate leader directed two committees to review the contracts.");
    assertEquals("10", d.trigger("directed").cameo().substring(0, 2), d.describe());
  }

  @Test
  void instructingOrDirectingWithNoActAskedIsNoOrder() {
    Coded c = Coded.of("The former Czech minister directed a documentary about the floods in 2012.");
    assertTrue(c.root("10").isEmpty(), c.describe());
    Coded d = Coded.of("The former minister instructed students in law at Charles University.");
    assertTrue(d.root("10").isEmpty(), d.describe());
  }

  @Test
  void aRecommendationIsAnAppeal() {
    Coded c = Coded.of("The Irish budget council recommended that the government cut spending.");
    assertEquals("02", c.trigger("recommended").cameo().substring(0, 2), c.describe());
  }

  @Test
  void creditingPeopleOrAppreciatingTheirHelpIsPraise() {
    Coded c = Coded.of("The Chilean president credited the rescue teams with saving the miners.");
    assertEquals("051", c.trigger("credited").cameo(), c.describe());
    Coded d = Coded.of("The Chilean president said he appreciated the help of the Peruvian navy.");
    assertEquals("051", d.trigger("appreciated").cameo(), d.describe());
  }

  @Test
  void creditingARiseToACauseIsNoPraise() {
    Coded c = Coded.of("Chilean economists credited the rise in copper prices to the strike.");
    assertTrue(c.root("05").isEmpty(), c.describe());
  }
}

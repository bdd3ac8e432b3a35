package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One party beating another wins at the polls, which CAMEO does not code; force on people stays force. */
class ContestsTest {
  @Test
  void aPartyBeatingAnotherIsNoAssault() {
    Coded c = Coded.of("The Scottish National Party beat Labour in three seats in Glasgow.", "2005-05-06");
    assertTrue(c.root("18").isEmpty() && c.root("19").isEmpty(), c.describe());
  }

  @Test
  void policeBeatingProtestersIsStillAnAssault() {
    Coded c = Coded.of("Riot police beat the protesters with batons outside the parliament in Tbilisi.", "2005-05-06");
    assertEquals("18", c.trigger("beat").cameo().substring(0, 2), c.describe());
  }

  @Test
  void aCandidatesFightIsAnElection() {
    Coded c = Coded.of("The Labour candidate in Dundee said she faced a tough fight to keep her seat.", "2005-05-06");
    assertTrue(c.root("19").isEmpty() && c.root("18").isEmpty(), c.describe());
  }

  @Test
  void aFightAgainstADiseaseOrAnIllIsNoForceAFightAgainstAPartyIs() {
    Coded c = Coded.of("The Malawian health minister pledged more money for the fight against AIDS. "
        + "The Malawian government stepped up its fight against poverty.", "2005-05-06");
    assertTrue(c.root("13").isEmpty() && c.root("19").isEmpty(), c.describe());
    Coded war = Coded.of("Nigeria's fight against Boko Haram has cost thousands of lives.", "2015-05-06");
    assertEquals("19", war.trigger("fight").cameo().substring(0, 2), war.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fights for causes, idioms of striking and campaign rallies are no force and no protest; armed fights are. */
class CampaignsTest {
  @Test
  void aFightForACauseIsNoForce() {
    Coded c = Coded.of("The alliance of Kenyan lawyers has fought for the rights of prisoners for a decade. "
        + "It was a long and bitter struggle to get more women into the Peruvian congress.", "2019-06-11");
    assertTrue(c.root("19").isEmpty(), c.describe());
  }

  @Test
  void anArmedFightForATownIsForce() {
    Coded c = Coded.of("Houthi rebels fought for control of the port town on Monday. "
        + "Syrian troops fought to retake the airbase near Idlib.", "2019-06-11");
    assertEquals("19", c.trigger("fought").cameo().substring(0, 2), c.describe());
    assertEquals(2, c.root("19").stream().filter(e -> e.evidence().trigger().equals("fought")).count(), c.describe());
  }

  @Test
  void strikingABalanceIsNoForce() {
    Coded c = Coded.of("The Estonian court tried to strike a balance between privacy and free speech. "
        + "Israeli jets struck a weapons depot near Damascus.", "2019-06-11");
    assertEquals(1, c.root("19").size(), c.describe());
    assertEquals("struck", c.root("19").get(0).evidence().trigger(), c.describe());
  }

  @Test
  void aCampaignRallyIsNoProtest() {
    Coded c = Coded.of("The Ecuadorian president held campaign rallies in Quito and Guayaquil. "
        + "Thousands of teachers joined a rally against the pension reform in Quito.", "2019-06-11");
    assertEquals(1, c.root("14").size(), c.describe());
    assertFalse(c.root("14").get(0).source().isEmpty(), c.describe());
  }

  @Test
  void aPartysOffensiveIsACampaign() {
    Coded c = Coded.of("Labour has gone on the offensive over the economy. "
        + "Russian forces launched an offensive near Kharkiv with tanks and artillery.", "2005-02-13");
    assertEquals(1, c.root("19").size(), c.describe());
  }

  @Test
  void aNamedProgrammeIsNoAct() {
    Coded c = Coded.of("The New Deal for young people has helped thousands of Britons find work.", "2005-02-13");
    assertTrue(c.root("05").isEmpty(), c.describe());
  }

  @Test
  void aWordOfATitleIsNoAct() {
    Coded c = Coded.of("Regional police press officer Anna Kowalczyk stated that the driver was 40 years old. "
        + "Rebels attacked army officer Jan Nowak in the capital on Monday.", "2019-06-11");
    assertTrue(c.root("02").isEmpty(), "'press officer' is a title, no appeal: " + c.describe());
    assertEquals(1, c.root("19").size(), "a verb before a title and a name still acts: " + c.describe());
  }

  @Test
  void delegatesGatheringForAConferenceAreNoProtest() {
    Coded c = Coded.of("Labour delegates are gathering in Brighton for the party conference. "
        + "Thousands of protesters gathered outside the parliament in Kiev.", "2005-09-25");
    assertEquals(1, c.root("14").size(), c.describe());
  }

  @Test
  void aGovernmentOffensiveIsForce() {
    Coded c = Coded.of("Ugandan rebels surrendered in Soroti following a government offensive in the area.", "2005-09-25");
    assertEquals("19", c.trigger("offensive").cameo().substring(0, 2), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A crowd protesting or taking to the streets demonstrates; a ministry protesting does so in words. */
class StreetProtestsTest {
  @Test
  void takingToTheStreetsIsADemonstration() {
    Coded c = Coded.of("Thousands of farmers took to the streets of Nairobi on Monday.");
    assertEquals("141", c.trigger("took").cameo(), c.describe());
  }

  @Test
  void aCrowdProtestingAgainstSomethingDemonstrates() {
    Coded c = Coded.of("Kenyan students protested against the tuition increase outside parliament.");
    assertEquals("141", c.trigger("protested").cameo(), c.describe());
    Coded words = Coded.of("The Kenyan foreign ministry protested against the detention of two citizens.");
    assertEquals("111", words.trigger("protested").cameo(), words.describe());
  }

  @Test
  void protestersGatheringOutsideABuildingGatherThere() {
    Coded c = Coded.of("Thousands of Kenyan protesters gathered outside parliament on Monday.");
    assertEquals("141", c.trigger("gathered").cameo(), c.describe());
  }

  @Test
  void aProtestSetToHappenIsStillToComeNotAThreat() {
    Coded c = Coded.of("Kenyan opposition supporters are set to protest outside parliament on Friday.", "2024-03-14");
    assertEquals("14", c.trigger("protest").cameo().substring(0, 2), c.describe());
    assertEquals(org.dateline.model.Event.FUTURE, c.trigger("protest").modality(), c.describe());
    Coded visit = Coded.of("The Kenyan president is set to visit Uganda next week.", "2024-03-14");
    assertEquals(org.dateline.model.Event.FUTURE, visit.trigger("visit").modality(), visit.describe());
  }
}

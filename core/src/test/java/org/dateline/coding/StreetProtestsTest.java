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
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A body whose name begins with "World" acts; a storm's name does not. */
class WorldBodiesTest {
  @Test
  void worldBodiesAct() {
    Coded c = Coded.of("The World Bank suspended aid to Peru on Monday. "
        + "The World Health Organization praised Kenya's response. "
        + "The World Food Programme delivered food to Sudan.", "2005-03-01");
    assertEquals("162", c.trigger("suspended").cameo(), c.describe());
    assertEquals("051", c.trigger("praised").cameo(), c.describe());
    assertEquals("073", c.trigger("delivered").cameo(), c.describe());
  }

  @Test
  void aNamedStormStillDoesNoDeed() {
    Coded c = Coded.of("Hurricane Katrina struck New Orleans on Monday.", "2005-09-01");
    assertTrue(c.root("19").isEmpty() && c.root("18").isEmpty(), c.describe());
  }
}

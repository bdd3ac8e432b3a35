package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Phrasal verbs and idioms of politics: the particle, not the bare verb, says the act. */
class PhrasalVerbsTest {
  @Test
  void hittingBackAndLashingOutAreCriticism() {
    Coded c = Coded.of("The Welsh opposition leader hit back at the first minister on Tuesday. "
        + "The Scottish finance secretary lashed out at the Treasury over the budget.", "2016-03-01");
    assertEquals("111", c.trigger("hit").cameo(), c.describe());
    assertEquals("111", c.trigger("lashed").cameo(), c.describe());
  }

  @Test
  void aCountryNamedBareHitsBackInWords() {
    // a side with a country and no sector: the armed-men check must not fail on it
    Coded c = Coded.of("Kenya hit back at Uganda over the border row on Tuesday.", "2016-03-01");
    assertEquals("111", c.trigger("hit").cameo(), c.describe());
  }

  @Test
  void armedMenHittingBackUseForce() {
    Coded c = Coded.of("Malian troops hit back at the rebels with artillery on Monday. "
        + "The militants lashed out at the garrison with rockets.", "2016-03-01");
    assertTrue(c.trigger("hit").cameo().startsWith("19"), c.describe());
    assertTrue(c.trigger("lashed").cameo().startsWith("19"), c.describe());
  }

  @Test
  void politiciansRoundOnAndPourScorn() {
    Coded c = Coded.of("Conservative MPs rounded on the Danish home secretary over the asylum figures. "
        + "The Norwegian opposition leader poured scorn on the government's proposals.", "2016-03-01");
    assertEquals("111", c.trigger("rounded").cameo(), c.describe());
    assertEquals("111", c.trigger("poured").cameo(), c.describe());
  }

  @Test
  void theBareVerbKeepsNoReadingOfTheParticle() {
    Coded c = Coded.of("The Dutch minister went to the coast on Monday. "
        + "Kenyan police rounded up twenty people in Nairobi.", "2016-03-01");
    assertTrue(c.root("11").isEmpty(), c.describe());
  }

  @Test
  void aDayIsNoArgumentThatAParticleReadingNeeds() {
    Coded day = Coded.of("The Kenyan finance minister fired the opening shot of the election campaign on Monday.");
    assertTrue(day.root("19").isEmpty(), day.describe());
    Coded fired = Coded.of("Soldiers fired on protesters in Nairobi on Monday.");
    assertEquals("190", fired.trigger("fired").cameo(), fired.describe());
  }
}

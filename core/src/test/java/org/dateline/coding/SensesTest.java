package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SensesTest {
  private final Senses senses = Senses.get();

  @Test
  void peopleGroupsAndForcesCanAct() {
    for (String w : new String[] {"government", "police", "protester", "ambassador", "crowd", "soldier",
        "committee", "rebel", "union", "ministry", "court", "army"}) {
      assertTrue(senses.canAct(w), w);
    }
  }

  @Test
  void animalsWeatherFiresAndVehiclesCannot() {
    for (String w : new String[] {"butterfly", "lion", "storm", "hurricane", "fire", "car", "truck",
        "measles", "earthquake", "flood", "accident", "tornado"}) {
      assertFalse(senses.canAct(w), w);
    }
  }

  @Test
  void kindsOfObjects() {
    assertEquals(Senses.Kind.PERSON, senses.kind("ambassador"));
    assertEquals(Senses.Kind.WEAPON, senses.kind("bomb"));
    assertEquals(Senses.Kind.MEETING, senses.kind("talks"));
    assertEquals(Senses.Kind.ANIMAL, senses.kind("lion"));
    assertEquals(Senses.Kind.OTHER, senses.kind("xqzvw"));
  }

  @Test
  void nounsOfActionAreMadeFromVerbsOtherEventsAreNot() {
    assertEquals("cooperate", senses.verbOf("cooperation"));
    assertEquals("rescue", senses.verbOf("rescue"));
    // what may happen with no one acting, and things, borrow no verb
    assertEquals(null, senses.verbOf("explosion"));
    assertEquals(null, senses.verbOf("table"));
  }
}

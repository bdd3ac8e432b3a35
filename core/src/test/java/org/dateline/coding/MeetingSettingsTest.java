package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A meeting that is only where words were said or work shown is their setting, no consultation:
 * "told reporters at a private meeting", "presented at the annual meeting of the society", "at the
 * opening of the summit, the chairman said". A meeting with someone, or one held, is one.
 */
class MeetingSettingsTest {
  @Test
  void wordsSaidAtAMeetingAreNoMeeting() {
    Coded c = Coded.of("A senior Japanese official told reporters at a private meeting that the budget would pass.");
    assertTrue(c.root("04").isEmpty(), c.describe());
  }

  @Test
  void workPresentedAtAnAnnualMeetingIsNoMeeting() {
    Coded c = Coded.of("Two studies presented on Monday at the annual meeting of the Canadian Medical Association described new vaccines.");
    assertTrue(c.root("04").isEmpty(), c.describe());
  }

  @Test
  void theOpeningOfASummitIsWhereTheChairSpoke() {
    Coded c = Coded.of("At the opening of the ASEAN summit, the chairman said the new trade rules would help every member.");
    assertTrue(c.root("04").isEmpty(), c.describe());
  }

  @Test
  void wordsSaidAtAMeetingWithSomeoneTellTheMeeting() {
    Coded c = Coded.of("The Kenyan foreign minister said at a meeting with his Ugandan counterpart that trade would grow.");
    assertEquals(1, c.root("04").size(), c.describe());
  }

  @Test
  void aMeetingHeldIsAMeeting() {
    Coded c = Coded.of("The foreign ministers of Chile and Peru held a meeting in Lima on Sunday.");
    assertEquals("040", c.trigger("meeting").cameo(), c.describe());
  }
}

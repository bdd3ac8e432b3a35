package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Acts announced in the passive, meetings attended, people rescued. */
class AnnouncedActsTest {
  @Test
  void authoritiesAnnounceTheirOwnArrests() {
    Coded c = Coded.of("Spanish police said on Tuesday that 14 people were arrested in raids on a smuggling ring.",
        "2021-02-10");
    Event e = c.trigger("arrested");
    assertEquals("ESP", Coded.countries(e.source()), c.describe());
  }

  @Test
  void killingsAnnouncedAreNotTheAnnouncers() {
    Coded c = Coded.of("Spanish police said on Tuesday that two people were killed in the explosion.", "2021-02-10");
    // whoever set off the explosion is unnamed, not the police who told of it
    assertTrue(c.root("18").stream().allMatch(e -> e.source().stream().allMatch(Unnamed::is)), c.describe());
    assertTrue(!c.root("18").isEmpty(), c.describe());
  }

  @Test
  void attendingACeremonyIsAVisitButAttendingAUniversityIsNot() {
    Coded c = Coded.of("The Indian prime minister attended the funeral of the Japanese leader in Tokyo.");
    assertEquals("042", c.trigger("attended").cameo(), c.describe());
    Coded d = Coded.of("The Indian prime minister attended a university in Gujarat in the 1970s.");
    assertTrue(d.root("04").isEmpty(), d.describe());
  }

  @Test
  void rescuingPeopleIsRelief() {
    Coded c = Coded.of("The Greek coast guard rescued 40 migrants off the island of Lesbos on Sunday.");
    assertEquals("073", c.trigger("rescued").cameo(), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** A committee or panel named by a branch of the state is of that branch; sentences written for these tests. */
class BranchBodiesTest {
  @Test
  void aParliamentaryOrCongressionalBodyIsOfTheLegislature() {
    Coded c = Coded.of("A parliamentary committee criticised the Norwegian defence ministry on Tuesday.");
    Event e = c.trigger("criticised");
    assertEquals("LEG", e.source().get(0).sector(), c.describe());
    assertEquals("NOR", Coded.countries(e.source()), c.describe());
    Coded d = Coded.of("A congressional panel in Washington criticised the Pentagon's spending.");
    assertEquals("LEG", d.trigger("criticised").source().get(0).sector(), d.describe());
  }

  @Test
  void aBodyNamedByAHouseIsOfTheLegislature() {
    Coded c = Coded.of("The Commons public accounts committee criticised the Norwegian defence ministry.");
    Event e = c.trigger("criticised");
    assertTrue(!e.source().isEmpty(), c.describe());
    assertEquals("LEG", e.source().get(0).sector(), c.describe());
  }

  @Test
  void aBodyNamedByNoBranchIsNoActorOfOne() {
    Coded c = Coded.of("An independent panel criticised the Norwegian defence ministry.");
    Event e = c.trigger("criticised");
    assertTrue(e.source().stream().noneMatch(a -> "LEG".equals(a.sector()) || "GOV".equals(a.sector())), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Events named inside another event's arguments: a charge, the demands conceded to, what is
 * lodged or withdrawn or prepared. Each is part of the event that names it, or its background.
 */
class ArgumentEventsTest {
  @Test
  void theChargeOfAnAccusationIsBackground() {
    Coded c = Coded.of("Kenya accused Somali militias on Monday of violating the ceasefire.");
    assertTrue(c.trigger("accused").isNews(), c.describe());
    assertEquals(Event.BACKGROUND, c.trigger("violating").modality(), c.describe());
  }

  @Test
  void demandsConcededToArePartOfTheConcession() {
    Coded c = Coded.of("The Bolivian government conceded on Friday to demands from the miners' union.");
    assertEquals(1, c.doc.events().size(), c.describe());
    assertEquals("08", c.trigger("conceded").cameo().substring(0, 2), c.describe());
  }

  @Test
  void aLodgedProtestIsAnOfficialComplaint() {
    Coded c = Coded.of("Greece lodged a formal protest with Turkey on Tuesday.");
    Event e = c.trigger("lodged");
    assertEquals("114", e.cameo(), c.describe());
    assertEquals("TUR", Coded.countries(e.target()), c.describe());
    assertTrue(c.root("14").isEmpty(), "no demonstration: " + c.describe());
  }

  @Test
  void withdrawingInspectorsReducesRelations() {
    Coded c = Coded.of("The IAEA withdrew its inspectors from Syria on Monday.");
    assertEquals("SANCTION", c.trigger("withdrew").plover().type(), c.describe());
  }

  @Test
  void preparingForceIsMobilizing() {
    Coded c = Coded.of("The Ethiopian army prepared to resume shelling rebel positions in Tigray.");
    Event e = c.trigger("prepared");
    assertEquals("MOBILIZE", e.plover().type(), c.describe());
  }

  @Test
  void crimesCommittedByForcesAreNoIntention() {
    Coded c = Coded.of("Prosecutors opened an inquiry into crimes committed by militias in Darfur.");
    assertFalse(c.doc.events().stream().anyMatch(e -> e.cameo().startsWith("03")), c.describe());
  }

  @Test
  void aNounOfPlaceBeforeAnActSaysHowNotWho() {
    Coded c = Coded.of("A Zambian court placed the former finance minister under house arrest on Monday.");
    org.dateline.model.Event arrest = c.trigger("arrest");
    assertTrue(arrest.source().stream().noneMatch(a -> "CVL".equals(a.sector())), arrest.source().toString());
    assertTrue(arrest.source().stream().anyMatch(a -> "JUD".equals(a.sector())), arrest.source().toString());
  }
}

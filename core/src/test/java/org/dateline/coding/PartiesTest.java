package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Parties are known by their names, with the country they belong to. */
class PartiesTest {
  @Test
  void aPartyNamedAloneHasItsCountry() {
    Coded c = Coded.of("Labour criticised the Tories over the plan to close rural post offices.", "2005-02-10");
    Event e = c.root("11").get(0);
    assertEquals("GBR", Coded.countries(e.source()), c.describe());
    assertEquals("PTY", e.source().get(0).sector(), c.describe());
  }
  @Test
  void aPartysRepresentativesSitInAHouse() {
    Coded c = Coded.of("Democratic Representatives criticised the Pentagon's budget request on Tuesday. "
        + "A state representative from Ohio criticised the governor on Wednesday.", "2019-10-20");
    assertEquals(2, c.root("11").size(), c.describe());
    for (Event e : c.root("11")) assertEquals("LEG", e.source().get(0).sector(), c.describe());
  }
}

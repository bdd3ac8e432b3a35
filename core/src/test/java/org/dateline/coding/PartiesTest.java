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
}

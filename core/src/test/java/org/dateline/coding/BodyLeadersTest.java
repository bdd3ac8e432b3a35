package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One who leads or speaks for a body is of the body's sector, not of the role word's. */
class BodyLeadersTest {
  @Test
  void aPartysLeaderIsOfTheParty() {
    Coded c = Coded.of("The party's leader criticised the Kenyan government on Monday. "
        + "The leader of the party also condemned the new tax.", "2016-03-01");
    assertEquals("PTY", c.trigger("criticised").source().get(0).sector(), c.describe());
    assertEquals("PTY", c.trigger("condemned").source().get(0).sector(), c.describe());
  }

  @Test
  void theHeadOfTheArmyIsMilitary() {
    Coded c = Coded.of("The head of the Kenyan army criticised the ministers.", "2016-03-01");
    assertEquals("MIL", c.trigger("criticised").source().get(0).sector(), c.describe());
  }

  @Test
  void theLeaderOfACountryStaysItsGovernment() {
    Coded c = Coded.of("The leader of the country criticised the Kenyan rebels.", "2016-03-01");
    assertEquals("GOV", c.trigger("criticised").source().get(0).sector(), c.describe());
  }

  @Test
  void theLeaderOfANamedUnionIsLabour() {
    Coded c = Coded.of("The leader of the Kenyan Mwalimu union, Amos Otieno, criticised the Kenyan government on Monday.",
        "2016-03-01");
    assertEquals("LAB", c.trigger("criticised").source().get(0).sector(), c.describe());
    // a union of states is none
    Coded d = Coded.of("The leader of the Soviet Union criticised the Kenyan government.", "1980-03-01");
    assertEquals("GOV", d.trigger("criticised").source().get(0).sector(), d.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.model.Actor;
import org.junit.jupiter.api.Test;

/** A counterpart is a person in the same office as the one met, of the country its adjective names. */
class CounterpartsTest {
  @Test
  void aMinisterMeetsHisCounterpart() {
    Coded c = Coded.of("Zambia's foreign minister met her Malawian counterpart in Lusaka on Friday.");
    Actor target = c.trigger("met").target().get(0);
    assertEquals("MWI", target.country(), c.describe());
    assertEquals("GOV", target.sector(), c.describe());
  }

  @Test
  void aCounterpartTakesTheSectorOfTheOneItIsTheCounterpartOf() {
    Coded army = Coded.of("Kenya's army chief held talks with his Ugandan counterpart in Nairobi.");
    assertEquals("UGAMIL", army.trigger("talks").target().get(0).code(), army.describe());
    Coded firm = Coded.of("The chief executive of Shell met his counterparts from BP and Total in London.");
    assertEquals("BUS", firm.trigger("met").target().get(0).sector(), firm.describe());
  }
}

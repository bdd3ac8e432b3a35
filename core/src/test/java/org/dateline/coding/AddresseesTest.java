package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Whom a demand, an appeal or backing is for, when the words name it outside the verb's own arguments. */
class AddresseesTest {
  @Test
  void aDemandWrittenToSomeoneIsAddressedToThem() {
    Coded c = Coded.of("The Kenyan opposition leader has written to President Uhuru Kenyatta demanding an inquiry "
        + "into the shooting.", "2017-05-02");
    Event demand = c.trigger("demanding");
    assertEquals("KEN", Coded.countries(demand.target()), c.describe());
    assertNull(demand.modality(), c.describe());
  }

  @Test
  void backingForSomeoneIsForThem() {
    Coded c = Coded.of("The Ghanaian president repeated his support for the interior minister.", "2017-05-02");
    Event support = c.trigger("support");
    assertEquals("GOV", support.target().get(0).sector(), c.describe());
  }

  @Test
  void unionLeadersAreLabour() {
    Coded c = Coded.of("The British deputy prime minister held a private meeting with senior union leaders last week.", "2005-02-02");
    assertEquals("LAB", c.trigger("meeting").target().get(0).sector(), c.describe());
  }

  @Test
  void aParticipleOfAPastClauseIsPastWhateverItsDate() {
    // the time tagger reads "Monday night" forward from a Saturday here; the past tense decides
    Coded c = Coded.of("Jordanian police opened fire to disperse student demonstrators on Monday night, killing one "
        + "person and arresting 12, officials said.", "2000-01-01");
    assertNull(c.trigger("killing").modality(), c.describe());
    assertNull(c.trigger("arresting").modality(), c.describe());
  }
}

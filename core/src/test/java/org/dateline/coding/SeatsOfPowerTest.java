package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Seats of power that the tagger sees as a street, an office or a number speak for their governments. */
class SeatsOfPowerTest {
  @Test
  void downingStreetAndTheHomeOfficeAreTheBritishGovernment() {
    Coded c = Coded.of("Downing Street rejected the claims on Monday. "
        + "A Home Office spokesman criticised the judges.", "2005-03-01");
    assertEquals("GBR", Coded.countries(c.trigger("rejected").source()), c.describe());
    assertEquals("GBR", Coded.countries(c.trigger("criticised").source()), c.describe());
  }

  @Test
  void numberTenIsASeatNotAHeadOfOthers() {
    // "number" stands for the people after "of" ("a number of diplomats"), not in a seat's name
    Coded c = Coded.of("Number 10 rejected the claims on Monday.", "2005-03-01");
    assertEquals("GBR", Coded.countries(c.trigger("rejected").source()), c.describe());
  }

  @Test
  void noTenBeforeANumeralIsNoNegation() {
    Coded c = Coded.of("No 10 rejected the claims on Monday. No soldiers crossed the border.", "2005-03-01");
    assertFalse(c.trigger("rejected").negated(), c.describe());
    assertEquals("GBR", Coded.countries(c.trigger("rejected").source()), c.describe());
  }

  @Test
  void aNumberInLowerCaseIsNoSeat() {
    Coded c = Coded.of("The number 10 bus was late, and the driver criticised the council.", "2005-03-01");
    assertTrue(c.doc.mentions().stream().noneMatch(m -> m.text().contains("10")
        && m.actor() != null && "GBR".equals(m.actor().country())), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "Take" in its senses of force: taking control of a town occupies it (192), taking people
 * hostage abducts them (181); taking control of a company is business and no event.
 */
class TakenByForceTest {
  @Test
  void takingControlOfATownOccupiesIt() {
    Coded c = Coded.of("Separatist fighters took control of the airport in Donetsk on Monday.");
    assertEquals("192", c.trigger("took").cameo(), c.describe());
  }

  @Test
  void takingPeopleHostageAbductsThem() {
    Coded c = Coded.of("Pirates took the crew of a Greek tanker hostage off the coast of Benin.");
    assertEquals("181", c.trigger("took").cameo(), c.describe());
  }

  @Test
  void peopleTakenHostageInThePassiveAreAbducted() {
    Coded c = Coded.of("Four Italian engineers were taken hostage in southern Libya on Friday.");
    assertEquals("181", c.trigger("taken").cameo(), c.describe());
  }

  @Test
  void takingControlOfACompanyIsNoOccupation() {
    Coded c = Coded.of("A Qatari investment fund took control of the London department store chain in May.");
    assertTrue(c.root("19").isEmpty(), c.describe());
  }
}

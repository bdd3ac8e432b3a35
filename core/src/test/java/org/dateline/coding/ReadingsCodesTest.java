package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Codes of a user's own scheme, or empty ones from a dictionary, must not break the coder. */
class ReadingsCodesTest {
  @Test
  void codesThatAreNoCameoRootAreNotForce() {
    assertFalse(Readings.isForceful(""));
    assertFalse(Readings.isForceful("A1"));
    assertFalse(Readings.isForceful(null));
    assertTrue(Readings.isForceful("190"));
    assertFalse(Readings.isForceful("057"));
  }
}

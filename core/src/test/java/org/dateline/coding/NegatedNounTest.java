package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An event noun is as negated as the verb it is the object of. */
class NegatedNounTest {
  @Test
  void anAgreementNotReachedIsNegated() {
    Coded c = Coded.of("Serbia and Kosovo could not reach an agreement on the border in Brussels on Monday.");
    assertTrue(c.root("05").stream().allMatch(e -> e.negated()), c.describe());
  }

  @Test
  void anAgreementReachedIsNot() {
    Coded c = Coded.of("Serbia and Kosovo reached an agreement on the border in Brussels on Monday.");
    assertFalse(c.root("05").isEmpty(), c.describe());
    assertTrue(c.root("05").stream().noneMatch(e -> e.negated()), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The troops a side deploys or mobilizes are its own means; whom the move is aimed at is the target. */
class ForcesMovedTest {
  @Test
  void troopsDeployedAreNoTarget() {
    Coded c = Coded.of("Kenya deployed troops to the border with Somalia.");
    assertTrue(c.trigger("deployed").target().stream().noneMatch(a -> "MIL".equals(a.sector())), c.describe());
    assertTrue(c.trigger("deployed").target().stream().anyMatch(a -> "SOM".equals(a.country())), c.describe());
  }

  @Test
  void reservistsMobilizedForAWarAimAtTheEnemy() {
    Coded c = Coded.of("Kenya mobilized army reservists for a possible war against Somalia on Tuesday.");
    assertEquals("SOM", c.trigger("mobilized").target().get(0).country(), c.describe());
  }

  @Test
  void troopsDeployedByNoOneNamedAreTheDoers() {
    Coded c = Coded.of("Kenyan troops were deployed to the capital on Monday.");
    assertEquals("MIL", c.trigger("deployed").source().get(0).sector(), c.describe());
  }
}

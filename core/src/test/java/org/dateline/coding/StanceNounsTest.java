package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "Support" and "backing" tell an act when they say whose or toward whom, not as a benefit or a poll share. */
class StanceNounsTest {
  @Test
  void aBenefitOrAShareOfOpinionIsNoSupport() {
    Coded c = Coded.of("Labour support fell to 32% in the latest Scottish poll. The plan has wide support among "
        + "Scottish judges. Scottish ministers promised more student support.", "2005-01-01");
    assertTrue(c.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("support")), c.describe());
  }

  @Test
  void supportGivenOrVoicedTowardSomeoneIsAnAct() {
    Coded c = Coded.of("The Scottish first minister gave his support to the Welsh government. "
        + "The Irish president voiced support. The Danish prime minister won the backing of the unions.", "2005-01-01");
    assertEquals("051", c.trigger("support").cameo(), c.describe());
    assertEquals(2, c.doc.events().stream().filter(e -> e.evidence().trigger().equals("support")).count(), c.describe());
    assertEquals("051", c.trigger("backing").cameo(), c.describe());
  }

  @Test
  void supportAskedForIsWhatTheAppealAsks() {
    Coded c = Coded.of("The Scottish first minister will ask Scottish voters for support.", "2005-01-01");
    assertEquals("022", c.trigger("ask").cameo(), c.describe());
  }
}

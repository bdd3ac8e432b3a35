package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** A clause reported without "that" keeps its own subject, though the parser took it for an object (nlp/ClauseRepair). */
class ContentClausesTest {
  @Test
  void theSubjectOfAClaimedActIsItsDoer() {
    Coded c = Coded.of("Rebels claimed the army had shelled their villages overnight.", "2021-05-12");
    Event shelling = c.trigger("shelled");
    assertEquals("MIL", shelling.source().get(0).sector(), c.describe());
  }

  @Test
  void theSubjectOfAReportedActIsItsDoer() {
    Coded c = Coded.of("Witnesses in Harare reported the police had fired on the crowd.", "2021-05-12");
    Event firing = c.trigger("fired");
    assertEquals("COP", firing.source().get(0).sector(), c.describe());
  }

  @Test
  void aWarningOfArrestByTheStateIsAThreat() {
    // parsed with "face" for the root and "warned" for its clausal subject before the mend, which
    // left the arrest hypothetical and the warning a mere pessimistic comment
    Coded c = Coded.of("The Kenyan interior minister warned the rebels would face arrest.", "2021-05-12");
    Event warning = c.trigger("warned");
    assertEquals("13", warning.cameo().substring(0, 2), c.describe());
    assertEquals("KEN", Coded.countries(warning.source()), c.describe());
  }
}

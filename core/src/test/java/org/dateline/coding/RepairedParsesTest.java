package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Events read right once the parser's errors in clauses and phrases are mended (nlp/ClauseRepair, nlp/PhraseRepair). */
class RepairedParsesTest {
  @Test
  void theAccusedIsAnActorNotAnAccusation() {
    Coded c = Coded.of("Police arrested the accused near the border on Friday.");
    assertTrue(c.doc.events().stream().noneMatch(e -> e.cameo().startsWith("11")), c.describe());
    assertEquals("CRM", c.trigger("arrested").target().get(0).sector(), c.describe());
    Coded alleged = Coded.of("Prosecutors alleged the accused bribed two judges.");
    assertEquals("CRM", alleged.trigger("alleged").target().get(0).sector(), alleged.describe());
  }

  @Test
  void theVerbBeforeAParticipleKeepsItsObject() {
    Coded c = Coded.of("Ethiopia began a large offensive followed by heavy shelling of the border towns.");
    assertEquals("ETH", c.trigger("offensive").source().get(0).country(), c.describe());
  }
}

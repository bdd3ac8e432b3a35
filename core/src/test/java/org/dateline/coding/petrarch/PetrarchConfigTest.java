package org.dateline.coding.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PetrarchConfigTest {
  @Test
  void requireDyadReadAsPetrarchWritesBooleans() {
    assertTrue(PetrarchConfig.DEFAULT.requireDyad());
    assertFalse(PetrarchConfig.DEFAULT.with("require_dyad", "False").requireDyad());
    assertFalse(PetrarchConfig.DEFAULT.with("REQUIRE_DYAD", " FALSE ").requireDyad());
    assertTrue(PetrarchConfig.DEFAULT.with("require_dyad", "false").with("require_dyad", "True").requireDyad());
  }

  @Test
  void otherOptionsChangeNothing() {
    assertEquals(PetrarchConfig.DEFAULT, PetrarchConfig.DEFAULT.with("new_actor_length", "4"));
  }

  @Test
  void optionsAppliedInOrder() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("stop_on_error", "True");
    m.put("require_dyad", "false");
    assertFalse(PetrarchConfig.of(m).requireDyad());
    assertEquals(PetrarchConfig.DEFAULT, PetrarchConfig.of(Map.of()));
  }
}

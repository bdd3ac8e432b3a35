package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodebookTest {
  private final Codebook cb = Codebook.cameo();

  @Test
  void allTwentyRootsWithWeightsAndQuadClasses() {
    for (int root = 1; root <= 20; root++) {
      String code = String.format("%02d", root);
      assertTrue(cb.contains(code), code);
      int expectedQuad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      assertEquals(expectedQuad, cb.get(code).quadClass(), code);
    }
    assertTrue(cb.size() > 280);
  }

  @Test
  void knownCodes() {
    assertEquals("CONSULT", cb.get("042").ploverType());
    assertEquals("visit", cb.get("042").ploverMode());
    assertEquals(-10.0, cb.get("190").goldstein());
    assertEquals("ASSAULT", cb.get("190").ploverType());
    assertEquals("", cb.get("010").ploverType(), "plain statements have no PLOVER type");
    assertNull(cb.get("999"));
  }
}

package org.dateline.coding;

import org.junit.jupiter.api.Test;

class DebugParseTest {
  @Test
  void print() throws Exception {
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/dbgtest/s.txt"))) {
      Coded c = Coded.of(line, "2000-01-01");
      for (var s : c.doc.sentences()) for (var t : s.tokens()) System.out.println(t.index() + "\t" + t.word() + "\t" + t.pos() + "\t" + t.deprel() + "\t" + t.head());
      System.out.println(c.describe());
      c.doc.events().forEach(e -> System.out.println("  " + e.cameo() + " " + e.evidence().trigger() + " S=" + e.source() + " T=" + e.target()));
    }
  }
}

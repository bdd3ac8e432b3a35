package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSectionsTest {
  @TempDir Path dir;

  @Test
  void eachPartIsReplacedAndTheOthersKept() throws Exception {
    Path f = dir.resolve("B.md");
    ReportSections.write(f, "Store", "first store");
    assertEquals("## Store\n\nfirst store\n", Files.readString(f));
    ReportSections.writeHead(f, "# Benchmarks\n\nhead one\n");
    assertEquals("# Benchmarks\n\nhead one\n\n## Store\n\nfirst store\n", Files.readString(f));
    ReportSections.write(f, "Other", "other body");
    ReportSections.write(f, "Store", "second store");
    ReportSections.writeHead(f, "# Benchmarks\n\nhead two");
    assertEquals("# Benchmarks\n\nhead two\n\n## Store\n\nsecond store\n\n## Other\n\nother body\n", Files.readString(f));
  }
}

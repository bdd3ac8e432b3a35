package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityReportTest {
  @TempDir Path dir;

  @Test
  void tableIsRegeneratedAndNotesAreKept() throws Exception {
    Path f = dir.resolve("QUALITY.md");
    QualityReport.write(f, List.of(new EvalResult("set-a", 3, Map.of("f1", 0.5))), "cmd");
    Files.writeString(f, Files.readString(f) + QualityReport.NOTES + "\nBaseline: 0.4\n");
    QualityReport.write(f, List.of(new EvalResult("set-a", 3, Map.of("f1", 0.75))), "cmd");
    String text = Files.readString(f);
    assertTrue(text.contains("| set-a | 3 | f1 0.750 |"), text);
    assertFalse(text.contains("f1 0.500"), text);
    assertTrue(text.contains("Baseline: 0.4"), text);
  }
}

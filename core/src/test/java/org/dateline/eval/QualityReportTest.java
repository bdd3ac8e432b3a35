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
    assertTrue(text.contains("| set-a | 3 | f1 0.750 | "), text);
    assertFalse(text.contains("f1 0.500"), text);
    assertTrue(text.contains("Baseline: 0.4"), text);
  }

  @Test
  void aSetMeasuredAloneReplacesItsRowAndKeepsTheOthers() throws Exception {
    Path f = dir.resolve("QUALITY.md");
    QualityReport.write(f, List.of(new EvalResult("set-a", 3, Map.of("f1", 0.5)),
        new EvalResult("set-b", 7, Map.of("acc", 0.25))), "eval all");
    QualityReport.write(f, List.of(new EvalResult("set-b", 7, Map.of("acc", 0.5))), "eval set-b");
    String text = Files.readString(f);
    assertTrue(text.contains("| set-a | 3 | f1 0.500 | ") && text.contains("`eval all` |"), text);
    assertTrue(text.contains("| set-b | 7 | acc 0.500 | ") && text.contains("`eval set-b` |"), text);
    assertFalse(text.contains("acc 0.250"), text);
  }

  @Test
  void rowsOfTheOlderTableTakeItsHeader() {
    String old = "# Quality\n\nGenerated 2026-11-27 at commit `1f7bc47` by\n\n    ./dateline eval all\n\n"
        + "| set | n | metrics |\n|---|---|---|\n| set-a | 3 | f1 0.500 |\n";
    var rows = QualityReport.parse(old);
    assertTrue(rows.size() == 1 && rows.get(0).measured().equals("2026-11-27, `1f7bc47`, `./dateline eval all`"),
        rows.toString());
  }
}

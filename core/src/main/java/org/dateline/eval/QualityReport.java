package org.dateline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders evaluation results as the Markdown table of docs/QUALITY.md, with date, commit and command. */
public final class QualityReport {
  private QualityReport() {}

  public static String markdown(List<EvalResult> results, String command, String commit) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Quality\n\n");
    sb.append("Generated ").append(LocalDate.now()).append(" at commit `").append(commit).append("` by\n\n");
    sb.append("    ").append(command).append("\n\n");
    sb.append("Scoring follows ../shared/README.md (\"How to score\"). n = items scored (sentences, documents).\n\n");
    sb.append("| set | n | metrics |\n|---|---|---|\n");
    for (EvalResult r : results) {
      sb.append("| ").append(r.set()).append(" | ").append(r.n()).append(" | ");
      sb.append(metrics(r.metrics())).append(" |\n");
    }
    return sb.toString();
  }

  public static String metrics(Map<String, Double> metrics) {
    StringBuilder sb = new StringBuilder();
    for (var e : metrics.entrySet()) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(e.getKey()).append(' ').append(format(e.getValue()));
    }
    return sb.toString();
  }

  static String format(Double v) {
    if (v == null || v.isNaN()) return "–";
    if (v == Math.rint(v) && Math.abs(v) >= 1) return String.valueOf(v.longValue());
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** Hand-written notes below this line of the report survive regeneration. */
  static final String NOTES = "<!-- notes: kept when the table above is regenerated -->";

  public static void write(Path file, List<EvalResult> results, String command) throws IOException {
    if (file.getParent() != null) Files.createDirectories(file.getParent());
    String notes = "";
    if (Files.exists(file)) {
      String old = Files.readString(file);
      int at = old.indexOf(NOTES);
      if (at >= 0) notes = "\n" + old.substring(at);
    }
    Files.writeString(file, markdown(results, command, commit()) + notes);
  }

  /** The current git commit, or "unknown" outside a checkout. */
  static String commit() {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      return p.waitFor() == 0 ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}

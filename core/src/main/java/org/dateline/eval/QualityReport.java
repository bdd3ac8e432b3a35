package org.dateline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders evaluation results as the Markdown table of docs/QUALITY.md, with date, commit and command. */
public final class QualityReport {
  private QualityReport() {}

  /** One row of the table: a set's figures and when, at which commit and by which command they were measured. */
  record Row(String set, String n, String metrics, String measured) {}

  public static String markdown(List<EvalResult> results, String command, String commit) {
    return markdown(rows(results, command, commit), List.of());
  }

  private static List<Row> rows(List<EvalResult> results, String command, String commit) {
    List<Row> rows = new ArrayList<>();
    String measured = LocalDate.now() + ", `" + commit + "`, `" + command + "`";
    for (EvalResult r : results) rows.add(new Row(r.set(), String.valueOf(r.n()), metrics(r.metrics()), measured));
    return rows;
  }

  // Sets of real reporting, scored as a reader of news would judge the coder; they lead the report.
  static final Set<String> REAL_NEWS = Set.of("wikinews-events-2019");

  /**
   * The new rows first in their order, then the kept rows of sets not measured again: real news
   * first, then the development and component sets under their own heading.
   */
  static String markdown(List<Row> fresh, List<Row> kept) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Quality\n\n");
    sb.append("Scoring follows ../shared/README.md (\"How to score\"). n = items scored (sentences, documents).\n");
    sb.append("`./dateline eval SET... --report docs/QUALITY.md` replaces the rows of the sets it measures and keeps\n");
    sb.append("the others; each row says when, at which commit and by which command it was measured.\n\n");
    List<Row> rows = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Row r : fresh) {
      if (done.add(r.set())) rows.add(r);
    }
    for (Row r : kept) {
      if (done.add(r.set())) rows.add(r);
    }
    sb.append("## Real news\n\n");
    sb.append("Whole articles of real reporting, coded with their own dates: the referee of the event coder.\n\n");
    table(sb, rows.stream().filter(r -> REAL_NEWS.contains(r.set())).toList());
    sb.append("\n## Development and component sets\n\n");
    sb.append("Codebook-style sentences the rules were developed on (plover-gsr-cameo, petrarch-unittest), sets\n");
    sb.append("read for their totals only (conflibert-cameo, case2021-task2-finegrained), and the sets of the\n");
    sb.append("other stages (names, times, places).\n\n");
    table(sb, rows.stream().filter(r -> !REAL_NEWS.contains(r.set())).toList());
    return sb.toString();
  }

  private static void table(StringBuilder sb, List<Row> rows) {
    sb.append("| set | n | metrics | measured |\n|---|---|---|---|\n");
    for (Row r : rows) {
      sb.append("| ").append(r.set()).append(" | ").append(r.n()).append(" | ").append(r.metrics()).append(" | ")
          .append(r.measured()).append(" |\n");
    }
  }

  /** Rows of an earlier report; a row of the older three-column table takes the report's commit and command. */
  static List<Row> parse(String report) {
    List<Row> rows = new ArrayList<>();
    Matcher header = OLD_HEADER.matcher(report);
    String oldMeasured = header.find() ? header.group(1) + ", `" + header.group(2) + "`, `" + header.group(3) + "`" : "";
    for (String line : report.split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| set |")) continue;
      String[] c = line.substring(2, line.length() - (line.endsWith(" |") ? 2 : 0)).split(" \\| ", -1);
      if (c.length == 3) rows.add(new Row(c[0], c[1], c[2], oldMeasured));
      else if (c.length >= 4) rows.add(new Row(c[0], c[1], c[2], String.join(" | ", List.of(c).subList(3, c.length))));
    }
    return rows;
  }

  private static final Pattern OLD_HEADER = Pattern.compile("Generated (\\S+) at commit `([^`]+)` by\\s+(.+)");

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
    List<Row> kept = List.of();
    if (Files.exists(file)) {
      String old = Files.readString(file);
      int at = old.indexOf(NOTES);
      if (at >= 0) notes = "\n" + old.substring(at);
      kept = parse(at >= 0 ? old.substring(0, at) : old);
    }
    Files.writeString(file, markdown(rows(results, command, commit()), kept) + notes);
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

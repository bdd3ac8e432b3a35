package org.dateline.store;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Rows as CSV (RFC 4180): a header of the first row's names, then one line per row. */
public final class Csv {
  private Csv() {}

  public static void write(List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) return;
    out.println(String.join(",", rows.get(0).keySet().stream().map(Csv::cell).toList()));
    for (Map<String, Object> r : rows) {
      out.println(String.join(",", r.values().stream().map(v -> cell(v == null ? "" : String.valueOf(v))).toList()));
    }
  }

  private static String cell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}

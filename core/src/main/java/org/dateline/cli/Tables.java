package org.dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints rows of a query as an aligned table, JSON Lines or CSV (RFC 4180). */
final class Tables {
  enum Format { table, jsonl, csv }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_CELL = 40;

  private Tables() {}

  static void print(List<Map<String, Object>> rows, Format format, PrintWriter out) throws JsonProcessingException {
    switch (format) {
      case jsonl -> {
        for (Map<String, Object> r : rows) out.println(JSON.writeValueAsString(r));
      }
      case csv -> org.dateline.store.Csv.write(rows, out);
      case table -> table(rows, out);
    }
    out.flush();
  }

  private static void table(List<Map<String, Object>> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      out.println("(no rows)");
      return;
    }
    List<String> keys = new ArrayList<>(rows.get(0).keySet());
    int[] width = new int[keys.size()];
    for (int i = 0; i < keys.size(); i++) width[i] = keys.get(i).length();
    for (Map<String, Object> r : rows) {
      for (int i = 0; i < keys.size(); i++) width[i] = Math.max(width[i], cell(r.get(keys.get(i))).length());
    }
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) head.append(i == 0 ? "" : "  ").append(pad(keys.get(i), width[i]));
    out.println(head.toString().stripTrailing());
    for (Map<String, Object> r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < keys.size(); i++) line.append(i == 0 ? "" : "  ").append(pad(cell(r.get(keys.get(i))), width[i]));
      out.println(line.toString().stripTrailing());
    }
  }

  private static String cell(Object v) {
    if (v == null) return "";
    String s = v instanceof Double d ? trim(d) : String.valueOf(v);
    s = s.replace('\n', ' ');
    return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
  }

  private static String trim(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf((long) d);
    return String.format(java.util.Locale.ROOT, "%.3f", d).replaceAll("0+$", "");
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }
}

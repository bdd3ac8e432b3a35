package org.dateline.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the project's tab-separated data files: '#' comment lines, one header row, then rows. */
public final class Tsv {
  private Tsv() {}

  /** One row as column name to value; missing trailing columns read as "". */
  public record Row(Map<String, String> values, int line) {
    public String get(String column) {
      return values.getOrDefault(column, "");
    }

    /** The column split on '|', blanks left out. */
    public List<String> list(String column) {
      List<String> out = new ArrayList<>();
      for (String s : get(column).split("\\|")) {
        if (!s.isBlank()) out.add(s.strip());
      }
      return out;
    }
  }

  /** Rows of a classpath resource; fails loudly if it is missing, since the build ships it. */
  public static List<Row> resource(String path) {
    InputStream in = Tsv.class.getResourceAsStream(path);
    if (in == null) throw new IllegalStateException("data file missing from the build: " + path);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  public static List<Row> read(BufferedReader r) throws IOException {
    List<Row> rows = new ArrayList<>();
    String[] header = null;
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.length && i < cells.length; i++) m.put(header[i].strip(), cells[i].strip());
      rows.add(new Row(m, n));
    }
    return rows;
  }
}

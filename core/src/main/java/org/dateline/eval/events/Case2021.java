package org.dateline.eval.events;

import org.dateline.eval.Skipped;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.util.Tsv;

/**
 * Reads the CASE 2021 task 2 test set (test_set_final_release_with_labels.tsv: header
 * "id EventSnippet SubType", one news snippet of one or more sentences per row) and maps its 30
 * event types to a CAMEO root and a PLOVER type with {@code dateline/eval/case2021-types.tsv}.
 */
public final class Case2021 {
  private Case2021() {}

  public static final String FILE = "test_set_final_release_with_labels.tsv";

  /** Value of a mapping column when the type has no reading there; such snippets are not scored. */
  public static final String SKIP = "-";

  /** One labelled snippet. */
  public record Snippet(String id, String text, String type) {}

  /** The reading of one CASE type; {@code none} means "no political event", "-" no single reading. */
  public record TypeMapping(String type, String cameoRoot, String plover) {}

  private static final Map<String, TypeMapping> TYPES = loadTypes();

  private static Map<String, TypeMapping> loadTypes() {
    Map<String, TypeMapping> m = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.resource("/dateline/eval/case2021-types.tsv")) {
      m.put(r.get("type"), new TypeMapping(r.get("type"), r.get("cameo_root"), r.get("plover")));
    }
    return m;
  }

  /** The mapping of a type, or null when the type is unknown. */
  public static TypeMapping mapping(String type) {
    return TYPES.get(type);
  }

  public static Map<String, TypeMapping> mappings() {
    return TYPES;
  }

  public static List<Snippet> read(Path file, List<Skipped> skipped) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString(), skipped);
    }
  }

  /** A row that is not three columns goes to {@code skipped} as "NAME:LINE"; the header is required. */
  public static List<Snippet> read(BufferedReader in, String name, List<Skipped> skipped) throws IOException {
    List<Snippet> out = new ArrayList<>();
    String line = in.readLine();
    if (line == null) return out;
    if (!line.startsWith("id\t")) throw new IOException("expected the header 'id EventSnippet SubType'");
    int n = 1;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank()) continue;
      String[] cells = line.split("\t", -1);
      if (cells.length != 3) {
        skipped.add(Skipped.of(name + ":" + n, "expected 3 columns, got " + cells.length));
        continue;
      }
      out.add(new Snippet(cells[0].strip(), cells[1].strip(), cells[2].strip()));
    }
    return out;
  }
}

package org.dateline.eval.events;

import org.dateline.eval.Skipped;
import org.dateline.ingest.Dates;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt): a JSON array of records with
 * {@code id}, {@code date}, {@code text}, {@code event} (a PLOVER 0.5 type), {@code source} and
 * {@code target} (lists of {@code {actorText, code, sector}}). The published file has had trailing
 * commas, comments and stray control characters at times, so the parser tolerates them.
 */
public final class PloverGsr {
  private PloverGsr() {}

  public static final String FILE = "PLOVER_GSR_CAMEO.txt";

  /**
   * One gold record.
   *
   * @param id     the record id, made unique (the file repeats one)
   * @param date   the record's date (2000-01-01 throughout), or null
   * @param event  the gold event, its type in PLOVER 2 names
   * @param rawType the type as the file gives it (PLOVER 0.5: DEMAND, FIGHT, ...)
   * @param cameo  CAMEO code when the record gives one; the current file gives none
   */
  public record Item(String id, LocalDate date, String text, GoldEvent event, String rawType, String cameo) {}

  // PLOVER 0.5 names that PLOVER 2 (and Dateline) call otherwise, per ../shared/README.md.
  private static final Map<String, String> RENAMED = Map.of(
      "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();

  public static List<Item> read(Path file, List<Skipped> skipped) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString(), skipped);
    }
  }

  /** The event records; DOCUMENT records and records without text are left out. */
  public static List<Item> read(Reader in, String name, List<Skipped> skipped) throws IOException {
    JsonNode root = JSON.readTree(in);
    List<Item> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int position = 0;
    for (JsonNode r : root) {
      position++;
      if (!r.isObject()) {
        skipped.add(Skipped.of(name + ": record " + position, "not a JSON object: " + r.getNodeType()));
        continue;
      }
      String type = r.path("event").asText("");
      String text = r.path("text").asText("").strip();
      if (type.isEmpty() || type.equals("DOCUMENT") || text.isEmpty()) continue;
      String id = unique(r.path("id").asText("record-" + out.size()), seen);
      String cameo = cameo(r);
      GoldEvent e = new GoldEvent(plover(type), cameo, actors(r.get("source")), actors(r.get("target")));
      out.add(new Item(id, date(r.path("date").asText("")), text, e, type, cameo));
    }
    return out;
  }

  /** The PLOVER 2 name of a PLOVER 0.5 type. */
  public static String plover(String type) {
    return RENAMED.getOrDefault(type, type);
  }

  private static String unique(String id, Map<String, Integer> seen) {
    int n = seen.merge(id, 1, Integer::sum);
    return n == 1 ? id : id + "-" + n;
  }

  // No record carries a CAMEO code today; these are the names later versions might use.
  private static String cameo(JsonNode r) {
    for (String f : new String[] {"cameo", "CAMEO", "cameoCode", "cameo_code"}) {
      String v = r.path(f).asText("").strip();
      if (v.matches("\\d{2,4}")) return v;
    }
    return null;
  }

  /** Actors of a source/target field; "" and stray strings ("diplomatic" in one record) mean none. */
  static List<GoldActor> actors(JsonNode field) {
    List<GoldActor> out = new ArrayList<>();
    if (field == null) return out;
    if (field.isObject()) {
      addActor(field, out);
    } else if (field.isArray()) {
      for (JsonNode a : field) {
        if (a.isObject()) addActor(a, out);
      }
    }
    return out;
  }

  private static void addActor(JsonNode a, List<GoldActor> out) {
    GoldActor g = GoldActor.of(a.path("actorText").asText(""), text(a, "code"), text(a, "sector"));
    if (g.code() != null) out.add(g);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** The record's date by the one date reader; none (the evaluation's fixed date then) when unreadable. */
  private static LocalDate date(String s) {
    try {
      return Dates.parse(s);
    } catch (Dates.UnreadableDateException e) {
      return null;
    }
  }
}

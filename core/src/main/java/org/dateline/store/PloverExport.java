package org.dateline.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Exports: PLOVER JSON Lines (one record per merged event: event_type, mode, context, actor and
 * recipient with their country and sector, date, location, and every mention's evidence) and
 * Parquet files of events and mentions written by DuckDB's COPY.
 */
public final class PloverExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PloverExport() {}

  /** Writes one PLOVER record per event (with {@code all}, those not told as happening too); returns how many. */
  public static long plover(Store store, Writer out, boolean all) throws SQLException, IOException {
    EventQueries q = new EventQueries(store);
    List<Map<String, Object>> ids = Rows.query(store.connection(), "SELECT id FROM events e WHERE "
        + EventSql.factual(all, "e") + " ORDER BY id", List.of());
    for (Map<String, Object> row : ids) {
      Map<String, Object> e = q.event(((Number) row.get("id")).longValue());
      out.write(JSON.writeValueAsString(record(e)));
      out.write('\n');
    }
    return ids.size();
  }

  @SuppressWarnings("unchecked")
  private static ObjectNode record(Map<String, Object> e) {
    List<Map<String, Object>> mentions = (List<Map<String, Object>>) e.get("mention_details");
    Map<String, Object> first = mentions.get(0);
    ObjectNode o = JSON.createObjectNode();
    o.put("id", String.valueOf(e.get("id")));
    o.put("date", (String) e.get("date"));
    o.put("event_type", (String) e.get("plover"));
    o.put("mode", (String) first.get("plover_mode"));
    o.set("context", JSON.valueToTree(first.getOrDefault("plover_context", List.of())));
    party(o, "actor", (String) e.get("actor1"), (List<Map<String, Object>>) first.get("source_actors"));
    party(o, "recipient", (String) e.get("actor2"), (List<Map<String, Object>>) first.get("target_actors"));
    ObjectNode loc = o.putObject("location");
    loc.put("name", (String) e.get("place"));
    loc.put("country", (String) e.get("place_country"));
    loc.set("lat", JSON.valueToTree(e.get("lat")));
    loc.set("lon", JSON.valueToTree(e.get("lon")));
    o.put("cameo", (String) e.get("cameo"));
    o.set("goldstein", JSON.valueToTree(e.get("goldstein")));
    o.set("num_mentions", JSON.valueToTree(e.get("mentions")));
    o.set("num_sources", JSON.valueToTree(e.get("sources")));
    o.set("num_articles", JSON.valueToTree(e.get("articles")));
    ArrayNode ev = o.putArray("mentions");
    for (Map<String, Object> m : mentions) {
      ObjectNode x = ev.addObject();
      for (String k : new String[] {"article_id", "source", "article_date", "url", "sentence", "start", "end", "evidence", "trigger"}) {
        x.set(k, JSON.valueToTree(m.get(k)));
      }
    }
    return o;
  }

  /** The party whose code is the event's actor key, as PLOVER's actor/recipient fields. */
  private static void party(ObjectNode o, String role, String key, List<Map<String, Object>> actors) {
    Map<String, Object> a = null;
    for (Map<String, Object> x : actors) {
      Object k = x.get("code") != null ? x.get("code") : x.get("country");
      if (key != null && key.equals(k)) a = x;
    }
    o.put(role, a == null ? key : (String) (a.get("name") != null ? a.get("name") : a.get("text")));
    o.put(role + "_code", key);
    o.put(role + "_country", a == null ? null : (String) a.get("country"));
    o.put(role + "_sector", a == null ? null : (String) a.get("sector"));
  }

  /** Writes events.parquet and mentions.parquet into a folder (with {@code all}, events not told as happening too). */
  public static void parquet(Store store, Path folder, boolean all) throws SQLException, IOException {
    Files.createDirectories(folder);
    String factual = EventSql.factual(all, "e");
    try (Statement s = store.connection().createStatement()) {
      s.execute("COPY (SELECT * EXCLUDE (num_mentions, num_sources, num_articles), num_mentions, num_sources, "
          + "num_articles FROM event_stats e WHERE " + factual + " ORDER BY id) TO "
          + literal(folder.resolve("events.parquet")) + " (FORMAT parquet)");
      s.execute("COPY (SELECT m.*, a.date AS article_date, a.source, a.url, a.duplicate_of FROM mentions m "
          + "JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id WHERE " + factual
          + " ORDER BY m.event_id, m.id) TO "
          + literal(folder.resolve("mentions.parquet")) + " (FORMAT parquet)");
    }
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}

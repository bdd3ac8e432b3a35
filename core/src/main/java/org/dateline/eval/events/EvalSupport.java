package org.dateline.eval.events;

import org.dateline.coding.petrarch.PetrarchConfig;
import org.dateline.model.Document;
import org.dateline.pipeline.Pipeline;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.eval.Skipped;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;

/** What the event evaluations share: one article per gold text, and the errors file. */
final class EvalSupport {
  private EvalSupport() {}

  static final ObjectMapper JSON = new ObjectMapper();

  /** An article holding just the gold text; its origin names the set and item for messages. */
  static Article article(String set, String id, LocalDate date, String text) {
    return new Article(id, date, null, null, null, text, 0, null, Map.of(), set + ":" + id);
  }

  static <T> List<T> limit(List<T> items, int limit) {
    return limit > 0 && limit < items.size() ? items.subList(0, limit) : items;
  }

  /** The produced events as short JSON for the errors file. */
  static ArrayNode events(List<Event> events) {
    ArrayNode out = JSON.createArrayNode();
    for (Event e : events) {
      ObjectNode o = out.addObject();
      o.put("cameo", e.cameo());
      o.put("plover", e.plover() == null ? null : e.plover().type());
      o.set("source", actors(e.source()));
      o.set("target", actors(e.target()));
      o.put("trigger", e.evidence() == null ? null : e.evidence().trigger());
      o.put("confidence", e.confidence());
      if (e.modality() != null) o.put("modality", e.modality());
    }
    return out;
  }

  private static ArrayNode actors(List<Actor> actors) {
    ArrayNode out = JSON.createArrayNode();
    for (Actor a : actors) out.add(label(a));
    return out;
  }

  /** "ISR-MIL (Israeli troops)": country or code, sector, and the words. */
  static String label(Actor a) {
    String who = a.country() != null ? a.country() : a.code() != null ? a.code() : "?";
    return who + (a.sector() == null ? "" : "-" + a.sector()) + " (" + a.text() + ")";
  }

  static ArrayNode goldActors(List<GoldActor> actors) {
    ArrayNode out = JSON.createArrayNode();
    for (GoldActor a : actors) out.add(a.label() + " (" + a.text() + ")");
    return out;
  }

  /**
   * The document of one record, or null when coding it failed: the failure is then added to
   * {@code skipped} and written to the errors file with its stack, and the set goes on.
   */
  static Document process(Pipeline pipeline, Article a, PetrarchConfig options, String where, List<Skipped> skipped,
                          Errors out) throws IOException {
    try {
      return options == null ? pipeline.process(a) : pipeline.process(a, options);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      Skipped s = Skipped.of(where, e);
      skipped.add(s);
      out.write(skipped(s));
      return null;
    }
  }

  /** The errors file's line for a record that was not scored: where, why, and the stack when one was thrown. */
  static ObjectNode skipped(Skipped s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("skipped", s.where());
    o.put("reason", s.reason());
    if (s.stack() != null) o.put("stack", s.stack());
    return o;
  }

  /** A JSON Lines errors file, one object per item that was not coded right. */
  static final class Errors implements Closeable {
    private final BufferedWriter out;

    Errors(Path path) throws IOException {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    void write(ObjectNode o) throws IOException {
      out.write(JSON.writeValueAsString(o));
      out.write('\n');
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}

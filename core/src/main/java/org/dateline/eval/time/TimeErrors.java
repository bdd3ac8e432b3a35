package org.dateline.eval.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * Lines of the time errors file, JSON Lines: document, system (dateline or sutime), kind
 * (missed, spurious, value), the gold and produced expressions, and the text around them with
 * the expression in [brackets].
 */
final class TimeErrors {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final int CONTEXT = 60;

  private TimeErrors() {}

  static void write(Writer w, TimeDocument doc, String system, TimeScorer.Alignment a) throws IOException {
    for (TimeScorer.Pair p : a.pairs()) {
      if (!p.valueCorrect()) line(w, doc, system, "value", p.gold(), p.produced());
    }
    for (Timex g : a.missed()) line(w, doc, system, "missed", g, null);
    for (Timex s : a.spurious()) line(w, doc, system, "spurious", null, s);
  }

  /** A document left out, and why. */
  static void skipped(Writer w, TimeDocument doc, String reason) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc", doc.id());
    o.put("kind", "skipped");
    o.put("reason", reason);
    w.write(JSON.writeValueAsString(o) + "\n");
  }

  private static void line(Writer w, TimeDocument doc, String system, String kind, Timex gold, Timex produced)
      throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc", doc.id());
    o.put("dct", doc.dct());
    o.put("system", system);
    o.put("kind", kind);
    o.set("gold", timex(gold));
    o.set("produced", timex(produced));
    o.put("context", context(doc.text(), gold != null ? gold : produced));
    w.write(JSON.writeValueAsString(o) + "\n");
  }

  private static ObjectNode timex(Timex t) {
    if (t == null) return null;
    ObjectNode o = JSON.createObjectNode();
    o.put("text", t.text());
    o.put("type", t.type());
    o.put("value", t.value());
    return o;
  }

  private static String context(String text, Timex t) {
    int from = Math.max(0, t.start() - CONTEXT);
    int to = Math.min(text.length(), t.end() + CONTEXT);
    String s = text.substring(from, t.start()) + "[" + text.substring(t.start(), t.end()) + "]"
        + text.substring(t.end(), to);
    return s.replaceAll("\\s+", " ").strip();
  }
}

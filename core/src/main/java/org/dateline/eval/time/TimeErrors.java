package org.dateline.eval.time;

import java.io.IOException;
import java.io.Writer;

/**
 * Lines of the time errors file, tab-separated: document, system, kind (missed, spurious,
 * value), gold "words"=value, produced "words"=value, and the text around the expression.
 */
final class TimeErrors {
  private static final int CONTEXT = 60;

  private TimeErrors() {}

  static void write(Writer w, TimeDocument doc, String system, TimeScorer.Alignment a) throws IOException {
    for (TimeScorer.Pair p : a.pairs()) {
      if (!p.valueCorrect()) line(w, doc, system, "value", p.gold(), p.produced());
    }
    for (Timex g : a.missed()) line(w, doc, system, "missed", g, null);
    for (Timex s : a.spurious()) line(w, doc, system, "spurious", null, s);
  }

  private static void line(Writer w, TimeDocument doc, String system, String kind, Timex gold, Timex produced)
      throws IOException {
    Timex at = gold != null ? gold : produced;
    w.write(doc.id() + "\t" + system + "\t" + kind + "\t" + show(gold) + "\t" + show(produced) + "\t"
        + context(doc.text(), at) + "\n");
  }

  private static String show(Timex t) {
    return t == null ? "-" : "\"" + flat(t.text()) + "\"=" + t.value();
  }

  private static String context(String text, Timex t) {
    int from = Math.max(0, t.start() - CONTEXT);
    int to = Math.min(text.length(), t.end() + CONTEXT);
    return flat(text.substring(from, t.start()) + "[" + text.substring(t.start(), t.end()) + "]"
        + text.substring(t.end(), to));
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}

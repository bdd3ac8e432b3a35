package org.dateline.eval.ner;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The errors file of the NER evaluation: one line per disagreement, tab-separated, with the
 * sentence for context. "wrong" pairs a gold entity with an overlapping produced one that differs
 * in extent or type; "missed" and "spurious" have nothing on the other side.
 */
final class NerErrors {
  private NerErrors() {}

  static void write(Writer w, String docId, ConllText text, List<Chunk> gold, List<Chunk> produced)
      throws IOException {
    Set<Chunk> goldSet = new HashSet<>(gold);
    Set<Chunk> producedSet = new HashSet<>(produced);
    Set<Chunk> paired = new HashSet<>();
    for (Chunk g : gold) {
      if (producedSet.contains(g)) continue;
      boolean any = false;
      for (Chunk p : produced) {
        if (!goldSet.contains(p) && overlaps(g, p)) {
          line(w, docId, "wrong", describe(text, g) + " -> " + describe(text, p), text, g.start());
          paired.add(p);
          any = true;
        }
      }
      if (!any) line(w, docId, "missed", describe(text, g), text, g.start());
    }
    for (Chunk p : produced) {
      if (!goldSet.contains(p) && !paired.contains(p)) {
        line(w, docId, "spurious", describe(text, p), text, p.start());
      }
    }
  }

  private static boolean overlaps(Chunk a, Chunk b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static String describe(ConllText text, Chunk c) {
    return c.type() + " [" + text.words(c.start(), c.end()) + "]";
  }

  private static void line(Writer w, String docId, String kind, String what, ConllText text, int token)
      throws IOException {
    w.write(docId + "\t" + kind + "\t" + what + "\t" + text.sentenceText(token) + "\n");
  }
}

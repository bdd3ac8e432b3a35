package org.dateline.eval.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The errors file of the NER evaluation, JSON Lines: one object per disagreement with the
 * sentence for context. Kind "wrong" pairs a gold entity with an overlapping produced one that
 * differs in extent or type; "missed" and "spurious" have nothing on the other side.
 */
final class NerErrors {
  private static final ObjectMapper JSON = new ObjectMapper();

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
          line(w, docId, "wrong", g, p, text);
          paired.add(p);
          any = true;
        }
      }
      if (!any) line(w, docId, "missed", g, null, text);
    }
    for (Chunk p : produced) {
      if (!goldSet.contains(p) && !paired.contains(p)) line(w, docId, "spurious", null, p, text);
    }
  }

  private static boolean overlaps(Chunk a, Chunk b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static void line(Writer w, String docId, String kind, Chunk gold, Chunk produced, ConllText text)
      throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc", docId);
    o.put("kind", kind);
    o.set("gold", entity(gold, text));
    o.set("produced", entity(produced, text));
    o.put("sentence", text.sentenceText((gold != null ? gold : produced).start()));
    w.write(JSON.writeValueAsString(o));
    w.write('\n');
  }

  private static ObjectNode entity(Chunk c, ConllText text) {
    if (c == null) return null;
    ObjectNode o = JSON.createObjectNode();
    o.put("type", c.type());
    o.put("text", text.words(c.start(), c.end()));
    return o;
  }
}

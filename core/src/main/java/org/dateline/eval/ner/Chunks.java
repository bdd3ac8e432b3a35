package org.dateline.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a tag sequence into entity chunks with conlleval's rules, so IOB1 (I- starts an entity
 * after O or another type; B- only between two entities of one type), IOB2 (B- starts every
 * entity) and IOBES give the same chunks conlleval would count. Tags without a prefix ("PER")
 * are read as I-.
 */
public final class Chunks {
  private Chunks() {}

  public static List<Chunk> fromTags(String doc, List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    String prevPrefix = "O";
    String prevType = "";
    int start = -1;
    for (int i = 0; i < tags.size(); i++) {
      String prefix = prefix(tags.get(i));
      String type = type(tags.get(i));
      if (start >= 0 && endsChunk(prevPrefix, prevType, prefix, type)) {
        out.add(new Chunk(doc, start, i, prevType));
        start = -1;
      }
      if (startsChunk(prevPrefix, prevType, prefix, type)) start = i;
      prevPrefix = prefix;
      prevType = type;
    }
    if (start >= 0) out.add(new Chunk(doc, start, tags.size(), prevType));
    return out;
  }

  // conlleval's endOfChunk: whether the chunk open at the previous token ends before this one.
  private static boolean endsChunk(String prevPrefix, String prevType, String prefix, String type) {
    if (prevPrefix.equals("O")) return false;
    if (prevPrefix.equals("E") || prevPrefix.equals("S")) return true;
    if (prefix.equals("O") || prefix.equals("B") || prefix.equals("S")) return true;
    return !prevType.equals(type);
  }

  // conlleval's startOfChunk: whether a chunk starts at this token.
  private static boolean startsChunk(String prevPrefix, String prevType, String prefix, String type) {
    if (prefix.equals("O")) return false;
    if (prefix.equals("B") || prefix.equals("S")) return true;
    if (prevPrefix.equals("O") || prevPrefix.equals("E") || prevPrefix.equals("S")) return true;
    return !prevType.equals(type);
  }

  private static String prefix(String tag) {
    if (tag.equals("O")) return "O";
    int dash = tag.indexOf('-');
    return dash == 1 ? tag.substring(0, 1) : "I";
  }

  private static String type(String tag) {
    if (tag.equals("O")) return "";
    int dash = tag.indexOf('-');
    return dash == 1 ? tag.substring(2) : tag;
  }
}

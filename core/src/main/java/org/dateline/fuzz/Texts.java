package org.dateline.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/** The texts of the hostile inputs, and a few articles of our own for runs without a samples folder. */
final class Texts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Texts() {}

  /** Short articles written for the fuzz harness, in the wire format `dateline code` reads. */
  static final List<String> ARTICLES = List.of(
      " date 2025-03-04 (Fuzz Wire) -- LUSAKA, Zambia — Zambia's foreign minister met her Malawian counterpart "
          + "in Lusaka on Monday and the two agreed to reopen a border post closed since January. Traders had "
          + "protested the closure for weeks, and police detained twelve of them on Friday.",
      " date 2025-06-18 (Fuzz Wire) -- The government of Peru accused Bolivian officials of smuggling fuel across "
          + "Lake Titicaca, and Bolivia rejected the charge on Wednesday. Both sides said they would hold talks "
          + "in La Paz next month.\n\nA spokesman for the Peruvian navy said patrols would continue.",
      " date 2025-09-01 (Fuzz Wire) -- Rebels attacked an army base near Goma on Sunday, killing four soldiers, "
          + "the Congolese army said. The United Nations called for a ceasefire and Rwanda denied any role.");

  private static final String[] WORDS = {"minister", "talks", "border", "Kenya", "police", "said", "on",
      "Monday", "the", "trade", "rebels", "Nairobi", "and", "agreed", "protest", "army", "of", "aid", "accused"};

  static String deepHtml(Random r, int depth) {
    String[] tags = {"div", "p", "li", "span", "article", "b", "blockquote"};
    String tag = tags[r.nextInt(tags.length)];
    StringBuilder sb = new StringBuilder("<!doctype html><html><head><meta name=\"date\" content=\"2025-02-02\">"
        + "<title>Deep</title></head><body>");
    boolean close = r.nextBoolean(); // unclosed tags are what real broken pages have
    sb.append(("<" + tag + ">").repeat(depth));
    sb.append("Kenya and Uganda signed a trade deal in Kampala on Monday.");
    if (close) sb.append(("</" + tag + ">").repeat(depth));
    return sb.append("</body></html>").toString();
  }

  static String scriptOnlyHtml(Random r) {
    StringBuilder sb = new StringBuilder("<html><head><script>var a = 1;</script></head><body>");
    for (int i = 0, n = 1 + r.nextInt(20); i < n; i++) {
      sb.append(r.nextBoolean() ? "<script>document.write('<p>Kenya and Uganda signed a deal.</p>');</script>"
          : "<style>p { color: red }</style><noscript></noscript>");
    }
    return sb.append("</body></html>").toString();
  }

  /** A record whose fields have the wrong JSON types. */
  static String wrongTypes(String article, Random r) {
    ObjectNode o = JSON.createObjectNode();
    switch (r.nextInt(6)) {
      case 0 -> o.put("text", 42);
      case 1 -> o.putArray("text").add(article);
      case 2 -> o.putObject("text").put("body", article);
      case 3 -> o.put("text", true);
      default -> o.put("text", article);
    }
    switch (r.nextInt(5)) {
      case 0 -> o.put("date", 20250101);
      case 1 -> o.putArray("date").add("2025-01-01");
      case 2 -> o.putObject("date");
      case 3 -> o.put("date", "yesterday");
      default -> o.put("date", "2025-01-01");
    }
    if (r.nextBoolean()) o.putArray("id").add(1);
    if (r.nextBoolean()) o.put("title", 3.5);
    if (r.nextBoolean()) o.putObject("source").put("name", "x");
    if (r.nextBoolean()) o.putNull("url");
    return r.nextInt(8) == 0 ? "[" + o + "]" : o.toString();
  }

  /** A record with one very large field: over the input limit, or a large title beside an ordinary text. */
  static String hugeField(String article, Random r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "huge");
    o.put("date", "2025-01-01");
    String big = "x".repeat(r.nextBoolean() ? 6 * 1024 * 1024 : 512 * 1024);
    if (r.nextBoolean()) {
      o.put("text", big);
    } else {
      o.put("title", big);
      o.put("text", article);
      o.put("extraField", big);
    }
    return o.toString();
  }

  static String duplicateKeys(String article, Random r) {
    String text = JSON.valueToTree(article).toString();
    return switch (r.nextInt(3)) {
      case 0 -> "{\"text\":" + text + ",\"date\":\"2025-01-01\",\"text\":\"\"}";
      case 1 -> "{\"date\":\"2025-01-01\",\"date\":\"not a date\",\"text\":" + text + "}";
      default -> "{\"id\":\"a\",\"id\":7,\"text\":" + text + ",\"date\":\"2025-01-01\",\"text\":" + text + "}";
    };
  }

  /** Words and commas, no full stop, {@code n} characters. */
  static String noFullStop(Random r, int n) {
    StringBuilder sb = new StringBuilder(n + 20);
    if (r.nextBoolean()) sb.append(" date 2025-01-01 (Fuzz Wire) -- ");
    while (sb.length() < n) {
      sb.append(WORDS[r.nextInt(WORDS.length)]);
      sb.append(r.nextInt(12) == 0 ? ", " : r.nextInt(50) == 0 ? "\n" : " ");
    }
    return sb.substring(0, n);
  }

  static String onlyNumbers(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 1 + r.nextInt(3000); i < n; i++) {
      sb.append(r.nextInt(10));
      int c = r.nextInt(10);
      if (c == 0) sb.append(' ');
      else if (c == 1) sb.append(r.nextBoolean() ? "." : ",");
      else if (c == 2) sb.append('\n');
    }
    return sb.toString();
  }

  /** Arabic and Hebrew letters in word-like runs, with direction marks and overrides, some English between. */
  static String rightToLeft(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 5 + r.nextInt(400); i < n; i++) {
      int kind = r.nextInt(10);
      if (kind < 4) letters(sb, r, 0x0627, 0x064A);
      else if (kind < 7) letters(sb, r, 0x05D0, 0x05EA);
      else if (kind == 7) sb.append(WORDS[r.nextInt(WORDS.length)]);
      else sb.append(new String[] {"\u200F", "\u200E", "\u202E", "\u202C", "\u061F", "\u060C", "\u0660\u0661"}[r.nextInt(7)]);
      sb.append(r.nextInt(15) == 0 ? ". " : " ");
    }
    return sb.toString();
  }

  private static void letters(StringBuilder sb, Random r, int from, int to) {
    for (int i = 0, n = 2 + r.nextInt(7); i < n; i++) sb.appendCodePoint(from + r.nextInt(to - from + 1));
  }

  /** The article with emoji (some with joiners and skin tones) between words, or emoji alone. */
  static String emoji(String article, Random r) {
    int[] pool = {0x1F600, 0x1F525, 0x1F1F0, 0x1F1EA, 0x1F44D, 0x1F3FD, 0x200D, 0x2764, 0xFE0F, 0x1F469, 0x1F4A5};
    StringBuilder sb = new StringBuilder();
    boolean alone = r.nextInt(4) == 0;
    for (String w : article.split(" ")) {
      if (!alone) sb.append(w);
      for (int k = r.nextInt(3); k > 0; k--) sb.appendCodePoint(pool[r.nextInt(pool.length)]);
      sb.append(' ');
    }
    return sb.toString();
  }

  /** The article with C0 and C1 control characters, a few or many. */
  static String controlChars(String article, Random r) {
    StringBuilder sb = new StringBuilder();
    int rate = r.nextBoolean() ? 5 : 60;
    for (int i = 0; i < article.length(); i++) {
      sb.append(article.charAt(i));
      if (r.nextInt(rate) == 0) sb.append((char) (r.nextBoolean() ? 1 + r.nextInt(31) : 0x80 + r.nextInt(32)));
    }
    return sb.toString();
  }
}

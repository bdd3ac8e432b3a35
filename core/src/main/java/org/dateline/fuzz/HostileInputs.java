package org.dateline.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile inputs: input {@code i} of seed {@code s} is always the same bytes,
 * so a failure found by a run can be made again on its own. Kinds take turns, so every kind is met
 * in any run of at least {@link Kind#values()} inputs.
 */
public final class HostileInputs {
  /** What an input tries. */
  public enum Kind {
    RANDOM_BYTES("txt"), TRUNCATED_UTF8("txt"), UTF16_BOM("txt"), LATIN1("txt"), MIXED_ENCODINGS("txt"),
    NUL_BYTES("txt"), DEEP_HTML("html"), SCRIPT_ONLY_HTML("html"), JSONL_WRONG_TYPES("jsonl"),
    JSONL_HUGE_FIELD("jsonl"), JSONL_DUPLICATE_KEYS("jsonl"), NO_FULL_STOP("txt"), ONLY_NUMBERS("txt"),
    RIGHT_TO_LEFT("txt"), EMOJI("txt"), CONTROL_CHARS("txt"), CUT_ARTICLE("txt");

    final String extension;

    Kind(String extension) {
      this.extension = extension;
    }
  }

  /** One generated input: its kind, the file extension that says its format, and its bytes. */
  public record Input(int index, Kind kind, String extension, byte[] bytes) {
    public String fileName() {
      return String.format("fuzz-%05d-%s.%s", index, kind.name().toLowerCase(java.util.Locale.ROOT), extension);
    }
  }

  private final long seed;
  private final List<String> articles;

  /** @param articles real article texts (with or without a date header) to cut and re-encode */
  public HostileInputs(long seed, List<String> articles) {
    if (articles.isEmpty()) throw new IllegalArgumentException("no articles to fuzz from");
    this.seed = seed;
    this.articles = List.copyOf(articles);
  }

  public Input input(int i) {
    Kind kind = Kind.values()[i % Kind.values().length];
    Random r = new Random(seed * 1_000_003L + i);
    return new Input(i, kind, kind.extension, bytes(kind, r));
  }

  private byte[] bytes(Kind kind, Random r) {
    String article = articles.get(r.nextInt(articles.size()));
    return switch (kind) {
      case RANDOM_BYTES -> randomBytes(r, 1 + r.nextInt(4096));
      case TRUNCATED_UTF8 -> truncatedUtf8(article, r);
      case UTF16_BOM -> utf16(article, r.nextBoolean());
      case LATIN1 -> (withAccents(article) + " Café São Tomé señor Zürich").getBytes(StandardCharsets.ISO_8859_1);
      case MIXED_ENCODINGS -> concat(utf8(article), " Déjà vu à Genève. ".getBytes(StandardCharsets.ISO_8859_1),
          utf8(" Kraków — Łódź. "));
      case NUL_BYTES -> withNuls(utf8(article), r);
      case DEEP_HTML -> utf8(Texts.deepHtml(r, 10_000));
      case SCRIPT_ONLY_HTML -> utf8(Texts.scriptOnlyHtml(r));
      case JSONL_WRONG_TYPES -> utf8(Texts.wrongTypes(article, r) + "\n");
      case JSONL_HUGE_FIELD -> utf8(Texts.hugeField(article, r) + "\n");
      case JSONL_DUPLICATE_KEYS -> utf8(Texts.duplicateKeys(article, r) + "\n");
      case NO_FULL_STOP -> utf8(Texts.noFullStop(r, 200_000));
      case ONLY_NUMBERS -> utf8(Texts.onlyNumbers(r));
      case RIGHT_TO_LEFT -> utf8(Texts.rightToLeft(r));
      case EMOJI -> utf8(Texts.emoji(article, r));
      case CONTROL_CHARS -> utf8(Texts.controlChars(article, r));
      case CUT_ARTICLE -> cut(utf8(article), r);
    };
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  /** The article in UTF-8 with a multi-byte character cut in the middle, at the end or inside. */
  private static byte[] truncatedUtf8(String article, Random r) {
    byte[] head = utf8(article.substring(0, r.nextInt(article.length() + 1)));
    byte[] euro = utf8("€"); // three bytes: keep one or two
    byte[] part = java.util.Arrays.copyOf(euro, 1 + r.nextInt(2));
    return r.nextBoolean() ? concat(head, part) : concat(head, part, utf8(" and the talks went on."));
  }

  private static byte[] utf16(String article, boolean bigEndian) {
    byte[] bom = bigEndian ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
    return concat(bom, article.getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE));
  }

  private static String withAccents(String article) {
    return article.replace("Kenya", "Kényà").replace("President", "Président");
  }

  private static byte[] withNuls(byte[] text, Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : text) {
      out.write(b);
      if (r.nextInt(40) == 0) out.write(0);
    }
    if (r.nextBoolean()) out.write(0);
    return out.toByteArray();
  }

  /** The article cut at a random byte: maybe in the header, a word or a character. */
  private static byte[] cut(byte[] article, Random r) {
    int from = r.nextInt(4) == 0 ? r.nextInt(Math.max(1, article.length / 2)) : 0;
    int to = from + r.nextInt(article.length - from + 1);
    return java.util.Arrays.copyOfRange(article, from, to);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }
}

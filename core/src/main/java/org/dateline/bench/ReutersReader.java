package org.dateline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.model.Article;

/**
 * Reuters-21578 (reut2-*.sgm, Latin-1 SGML): one article per {@code <REUTERS>} element that has
 * a {@code <BODY>} (about 19,000 of 21,578; the rest are headlines only). The text is the body
 * with SGML entities decoded and the control characters of the wire (^B, ^C, ...) removed.
 */
public final class ReutersReader {
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern DATE = Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot|apos);");

  private ReutersReader() {}

  /** At most {@code limit} articles (0 for all), in file and story order. */
  public static List<Article> read(Path dir, int limit) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      // Latin-1: the files are 1987 wire bytes, not UTF-8 (one holds bytes above 127).
      String sgml = Files.readString(f, StandardCharsets.ISO_8859_1);
      int at = 0;
      while ((at = sgml.indexOf("<REUTERS", at)) >= 0) {
        if (limit > 0 && out.size() >= limit) return out;
        int open = sgml.indexOf('>', at);
        int close = sgml.indexOf("</REUTERS>", open);
        if (open < 0 || close < 0) break;
        Article a = story(f.getFileName().toString(), sgml.substring(at, open), sgml.substring(open + 1, close));
        if (a != null) out.add(a);
        at = close;
      }
    }
    return out;
  }

  static Article story(String file, String attributes, String sgml) {
    String body = element(sgml, "BODY");
    if (body == null || body.isBlank()) return null;
    Matcher id = NEWID.matcher(attributes);
    String newId = id.find() ? id.group(1) : "?";
    String title = element(sgml, "TITLE");
    return new Article("reuters-" + newId, date(element(sgml, "DATE")), "Reuters",
        title == null ? null : decode(title).strip(), null, decode(body).strip(), 0, null, Map.of(),
        file + ":" + newId);
  }

  private static String element(String sgml, String tag) {
    int start = sgml.indexOf("<" + tag + ">");
    if (start < 0) return null;
    int end = sgml.indexOf("</" + tag + ">", start);
    return end < 0 ? null : sgml.substring(start + tag.length() + 2, end);
  }

  /** "26-FEB-1987 15:01:01.79", sometimes with blanks before or wire codes after. */
  static LocalDate date(String raw) {
    if (raw == null) return null;
    Matcher m = DATE.matcher(raw);
    if (!m.find()) return null;
    Month month = null;
    for (Month candidate : Month.values()) {
      if (candidate.name().startsWith(m.group(2).toUpperCase(Locale.ROOT))) month = candidate;
    }
    return month == null ? null : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
  }

  /** Decodes the entities the files use; character references below 32 are wire control codes. */
  static String decode(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String rep = switch (e) {
        case "lt" -> "<";
        case "gt" -> ">";
        case "amp" -> "&";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> {
          int c = Integer.parseInt(e.substring(1));
          yield c < 32 && c != '\n' && c != '\t' || c == 127 ? "" : String.valueOf((char) c);
        }
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(rep));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}

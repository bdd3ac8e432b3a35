package org.dateline.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH/TABARI agents dictionaries: role nouns and the sector code they add to their
 * country. The format, as the files show it:
 * <ul>
 *   <li>{@code !PERSON! = MAN, MEN, WOMAN} names a set of words a pattern may use in its place;
 *   <li>{@code FOREIGN_MINISTER [~GOVFRM]}: the code follows the country ("ARNGOVFRM");
 *   <li>{@code HUMAN_RIGHTS_BODY [NGO~]}: the code goes before the country ("NGOARN");
 *   <li>{@code GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]}: the plurals given; {@code {}} none; without
 *       braces the regular English plural of the last word is meant as well.
 * </ul>
 * Underscores (and spaces) separate words; {@code #} starts a comment; {@code <!-- -->} lines are
 * headers.
 */
final class PetrarchAgents {
  private static final Pattern SET = Pattern.compile("^\\s*(![A-Za-z0-9_]+!)\\s*=\\s*(.+)$");
  private static final Pattern ENTRY = Pattern.compile("^([^\\[{]+?)\\s*(\\{([^}]*)\\})?\\s*\\[\\s*([^\\]]+?)\\s*\\]");

  private PetrarchAgents() {}

  /**
   * Role phrase (lower case, single spaces) to its code as {@link Knowledge#code} reads it:
   * "GOVFRM" follows the country, "NGO~" goes before it.
   */
  /** What cannot be read is added to {@code problems} as "FILE:LINE: problem" and left out. */
  static Map<String, String> read(Path file, List<String> problems) throws IOException {
    Map<String, List<String>> sets = new HashMap<>();
    Map<String, String> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String body = line.strip();
        if (body.startsWith("<") || body.startsWith("#")) continue;
        int hash = body.indexOf('#');
        if (hash >= 0) body = body.substring(0, hash).strip();
        Matcher set = SET.matcher(body);
        if (set.matches()) {
          List<String> words = new ArrayList<>();
          for (String w : set.group(2).split(",")) if (!w.isBlank()) words.add(words(w));
          sets.put(set.group(1).toUpperCase(Locale.ROOT), words);
          continue;
        }
        Matcher e = ENTRY.matcher(body);
        if (e.find()) {
          add(out, sets, e);
        } else if (!body.isEmpty()) {
          problems.add(file + ":" + lineNo + ": not an agent entry 'NAME [CODE]' or a set '!NAME! = WORDS': " + body);
        }
      }
    }
    return out;
  }

  private static void add(Map<String, String> out, Map<String, List<String>> sets, Matcher e) {
    String code = e.group(4).replace(" ", "").toUpperCase(Locale.ROOT);
    // "~GOV" follows the country: stored without its mark; "NGO~" keeps it to say it goes first
    String stored = code.startsWith("~") ? code.substring(1) : code;
    if (stored.isEmpty()) return;
    List<String> names = new ArrayList<>(expand(words(e.group(1)), sets));
    if (e.group(2) == null) {
      for (String n : List.copyOf(names)) names.add(plural(n));
    } else {
      for (String p : e.group(3).split(",")) if (!p.isBlank()) names.addAll(expand(words(p), sets));
    }
    for (String n : names) out.putIfAbsent(n, stored);
  }

  /** "CONGRESS!PERSON!" with !PERSON! = MAN, WOMAN: "congressman", "congresswoman". */
  static List<String> expand(String phrase, Map<String, List<String>> sets) {
    int open = phrase.indexOf('!');
    int close = open < 0 ? -1 : phrase.indexOf('!', open + 1);
    if (close < 0) return List.of(phrase);
    String name = phrase.substring(open, close + 1).toUpperCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : sets.getOrDefault(name, List.of())) {
      out.addAll(expand(phrase.substring(0, open) + w + phrase.substring(close + 1), sets));
    }
    return out;
  }

  /** "MAIN_OPPOSITION_GROUP" to "main opposition group". */
  private static String words(String raw) {
    return raw.replace('_', ' ').strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** The regular plural of a phrase's last word: "official"/"officials", "authority"/"authorities". */
  static String plural(String phrase) {
    if (phrase.endsWith("y") && phrase.length() > 1 && "aeiou".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
      return phrase.substring(0, phrase.length() - 1) + "ies";
    }
    if (phrase.endsWith("s") || phrase.endsWith("x") || phrase.endsWith("ch") || phrase.endsWith("sh")) {
      return phrase + "es";
    }
    return phrase + "s";
  }
}

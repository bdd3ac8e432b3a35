package org.dateline.resolve.places;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the words around a toponym for {@link Cues}: qualifiers, framing phrases, "state". */
final class TextCues {
  private static final String WORD = "\\p{Lu}[\\p{L}'\u2019.\\-]*";
  private static final Pattern FRAMING = Pattern.compile("(?:^|[^\\p{L}])((?:" + WORD + "\\s+){0,2}" + WORD
      + ")\\s+(?:city|town|village|port|capital|province|state|region|district|county|island|enclave)"
      + "\\s+of\\s+$");
  private static final Pattern STATE_BEFORE = Pattern.compile("(?i)\\bstate\\s+of\\s+$");
  // "Washington state", "Washington State," but not "Washington State University".
  private static final Pattern STATE_AFTER = Pattern.compile("^\\s+(?:state\\b|State\\b(?!\\s+\\p{Lu}))");
  private static final Pattern NAME_BEFORE_COMMA = Pattern.compile("(" + WORD + "(?:\\s+" + WORD + "){0,3})\\s*,\\s*$");
  private static final Pattern QUALIFIER_START = Pattern.compile("^\\s*,\\s*");
  private static final int WINDOW = 60;

  private final Gazetteer gazetteer;

  TextCues(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Cues cues(String text, Toponym t) {
    String before = text.substring(Math.max(0, t.start() - WINDOW), Math.max(0, t.start()));
    String after = text.substring(Math.min(text.length(), t.end()), Math.min(text.length(), t.end() + WINDOW));
    boolean state = STATE_BEFORE.matcher(before).find() || STATE_AFTER.matcher(after).find();
    return new Cues(qualifiers(after), qualified(before), framing(before), state);
  }

  /** ", Texas", ", South Korea's", ", Ill.": the longest run of up to four words that names an area. */
  private List<GazetteerEntry> qualifiers(String after) {
    Matcher m = QUALIFIER_START.matcher(after);
    if (!m.find()) return List.of();
    String rest = after.substring(m.end());
    int stop = indexOfAny(rest, ",;:()\n\"");
    String[] words = rest.substring(0, stop).strip().split("\\s+");
    for (int n = Math.min(4, words.length); n >= 1; n--) {
      if (words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) return List.of();
      String phrase = stripPossessive(String.join(" ", java.util.Arrays.copyOf(words, n)));
      List<GazetteerEntry> found = gazetteer.qualifier(phrase);
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  /** The place named just before "X, ": when this toponym qualifies it, this is the area it lies in. */
  private List<GazetteerEntry> qualified(String before) {
    Matcher m = NAME_BEFORE_COMMA.matcher(before);
    if (!m.find()) return List.of();
    String name = m.group(1);
    // Take the longest tail of the capitalised run that is a place: "Officials in Springfield, ..."
    String[] words = name.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      List<GazetteerEntry> found = gazetteer.lookup(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  /** "the Korean city of", "the Texas town of": the country or division in the frame. */
  private List<GazetteerEntry> framing(String before) {
    Matcher m = FRAMING.matcher(before);
    if (!m.find()) return List.of();
    String[] words = m.group(1).split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
      List<GazetteerEntry> out = new ArrayList<>(gazetteer.byAdjective(phrase));
      out.addAll(gazetteer.qualifier(phrase));
      if (!out.isEmpty()) return out;
    }
    return List.of();
  }

  static String stripPossessive(String s) {
    if (s.endsWith("'s") || s.endsWith("\u2019s")) return s.substring(0, s.length() - 2);
    if (s.endsWith("'") || s.endsWith("\u2019")) return s.substring(0, s.length() - 1);
    return s;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (chars.indexOf(c) >= 0) return i;
      // A full stop ends the qualifier unless it closes an abbreviation ("Ill.", "N.C.").
      if (c == '.' && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)) && i >= 4
          && Character.isLowerCase(s.charAt(i - 1)) && Character.isLowerCase(s.charAt(i - 2))
          && Character.isLowerCase(s.charAt(i - 3)) && Character.isLowerCase(s.charAt(i - 4))) {
        return i;
      }
    }
    return s.length();
  }
}

package org.dateline.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH/TABARI actor dictionaries (the format of the Phoenix and CountryInfo files that
 * users bring): an entry line {@code NAME_ [CODE]} or {@code NAME_ # comment}, synonym lines
 * {@code +OTHER_NAME_}, and code lines {@code [UGAGOV >860126]}, {@code [UGAELI 620101-000101]}.
 * Underscores stand for spaces; dates are YYMMDD or YYYYMMDD.
 */
final class PetrarchActors {
  /** One dictionary entry: its names and its codes, each with the dates it holds between. */
  record Entry(List<String> names, List<Coded> codes) {}

  /** A code valid from {@code start} to {@code end}; both null when undated. */
  record Coded(String code, LocalDate start, LocalDate end) {}

  private static final Pattern CODE = Pattern.compile("\\[([^\\]\\s]+)(?:\\s+([^\\]]*))?\\]");

  private PetrarchActors() {}

  /**
   * The entries of the file. What cannot be read is added to {@code problems} as
   * "FILE:LINE: problem" and left out (an entry) or read without it (a code's malformed date).
   */
  static List<Entry> read(Path file, List<String> problems) throws IOException {
    List<Entry> out = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Entry current = null;
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String body = stripComment(line);
        if (body.isBlank()) continue;
        String where = file + ":" + lineNo + ": ";
        if (body.strip().startsWith("<")) continue; // markup lines of PETRARCH's XML-ish files
        if (body.chars().filter(c -> c == '[').count() != body.chars().filter(c -> c == ']').count()) {
          problems.add(where + "unbalanced '[' and ']' in: " + body.strip());
          continue;
        }
        if (body.startsWith("+") && current != null) {
          current.names().add(name(body.substring(1)));
        } else if (Character.isWhitespace(line.charAt(0)) && current != null) {
          current.codes().addAll(codes(body, where, problems));
        } else {
          current = new Entry(new ArrayList<>(), new ArrayList<>());
          int bracket = body.indexOf('[');
          current.names().add(name(bracket < 0 ? body : body.substring(0, bracket)));
          if (bracket >= 0) current.codes().addAll(codes(body.substring(bracket), where, problems));
          out.add(current);
          lines.add(lineNo);
        }
      }
    }
    for (int i = 0; i < out.size(); i++) {
      Entry e = out.get(i);
      if (e.names().get(0).isEmpty()) problems.add(file + ":" + lines.get(i) + ": an entry without a name (skipped)");
    }
    out.removeIf(e -> e.codes().isEmpty() || e.names().get(0).isEmpty());
    return out;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
  }

  /** "YOWERI_KAGUTA_MUSEVENI_" to "yoweri kaguta museveni". */
  static String name(String raw) {
    return raw.strip().replace('_', ' ').strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static List<Coded> codes(String text, String where, List<String> problems) {
    List<Coded> out = new ArrayList<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      String when = m.group(2) == null ? "" : m.group(2).strip();
      LocalDate start = null;
      LocalDate end = null;
      if (when.startsWith(">")) {
        start = date(when.substring(1));
      } else if (when.startsWith("<")) {
        start = LocalDate.of(1900, 1, 1);
        end = date(when.substring(1));
      } else if (when.contains("-")) {
        start = date(when.substring(0, when.indexOf('-')));
        end = date(when.substring(when.indexOf('-') + 1));
      }
      boolean dated = when.startsWith(">") || when.startsWith("<") || when.contains("-");
      if (!when.isEmpty() && (!dated || (start == null && end == null)
          || (when.contains("-") && (start == null || end == null)))) {
        problems.add(where + "dates '" + when + "' of [" + m.group(1) + "] are not >YYMMDD, <YYMMDD or "
            + "YYMMDD-YYMMDD (code read undated)");
      }
      // "[FRO/BIL/SAM]": the name stands for each of these actors
      for (String code : m.group(1).replace("~", "").split("/")) {
        if (!code.isEmpty()) out.add(new Coded(code, start, end));
      }
    }
    return out;
  }

  /** YYMMDD (years 00-29 are 20xx, the rest 19xx, as the dictionaries were written) or YYYYMMDD. */
  static LocalDate date(String s) {
    String d = s.strip();
    try {
      if (d.length() == 8) {
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
            Math.max(1, Integer.parseInt(d.substring(6, 8))));
      }
      if (d.length() == 6) {
        int yy = Integer.parseInt(d.substring(0, 2));
        int year = yy < 30 ? 2000 + yy : 1900 + yy;
        return LocalDate.of(year, Math.max(1, Integer.parseInt(d.substring(2, 4))),
            Math.max(1, Integer.parseInt(d.substring(4, 6))));
      }
    } catch (RuntimeException e) {
      return null; // a malformed date makes the code undated rather than losing the entry
    }
    return null;
  }
}

package org.dateline.resolve.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.util.Tsv;

/**
 * The words the time resolver knows (dateline/time/lexicon.tsv): month and weekday names, seasons,
 * parts of day, units, number words, vague references, frequency adverbs, holidays and the small
 * word classes the grammar and the tense finder consult. Lexical facts live in the data file, so
 * that adding a spelling needs no code.
 */
final class TimeLexicon {
  private static final String PATH = "/dateline/time/lexicon.tsv";
  private static TimeLexicon instance;

  // kind -> phrase (lower case, words joined by one space) -> value
  private final Map<String, Map<String, String>> byKind = new HashMap<>();
  // kind -> phrases as word lists, longest first, for matching at the start of a word list
  private final Map<String, List<List<String>>> phrases = new HashMap<>();

  private TimeLexicon(List<Tsv.Row> rows) {
    for (Tsv.Row row : rows) {
      String kind = row.get("kind");
      // "christmas|xmas:12-25": a value after a colon belongs to the labels before it too.
      List<String> pending = new ArrayList<>();
      for (String group : row.list("words")) {
        int colon = group.lastIndexOf(':');
        if (colon <= 0) {
          pending.add(group);
          continue;
        }
        pending.add(group.substring(0, colon));
        for (String p : pending) add(kind, p, group.substring(colon + 1));
        pending.clear();
      }
      for (String p : pending) add(kind, p, row.get("value"));
    }
    for (List<List<String>> list : phrases.values()) list.sort((a, b) -> b.size() - a.size());
  }

  static synchronized TimeLexicon get() {
    if (instance == null) instance = new TimeLexicon(Tsv.resource(PATH));
    return instance;
  }

  private void add(String kind, String label, String value) {
    String phrase = label;
    phrase = phrase.toLowerCase(Locale.ROOT).strip();
    byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(phrase, value);
    phrases.computeIfAbsent(kind, k -> new ArrayList<>()).add(List.of(phrase.split(" ")));
  }

  /** The value of a word or phrase of the kind, or null when it is not of that kind. */
  String value(String kind, String phrase) {
    Map<String, String> m = byKind.get(kind);
    return m == null || phrase == null ? null : m.get(bare(phrase));
  }

  boolean is(String kind, String phrase) {
    return value(kind, phrase) != null;
  }

  /** An integer value, or {@code fallback} when the word is not of the kind. */
  int number(String kind, String word, int fallback) {
    String v = value(kind, word);
    if (v == null) return fallback;
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The phrases of a kind as a regex alternation, longest first ("a few|few|..."). */
  String alternatives(String kind) {
    return alternatives(kind, java.util.Set.of());
  }

  /** The same without the phrases in {@code except}. */
  String alternatives(String kind, java.util.Set<String> except) {
    List<String> out = new ArrayList<>();
    for (List<String> p : phrases.getOrDefault(kind, List.of())) {
      String phrase = String.join(" ", p);
      if (!except.contains(phrase)) out.add(java.util.regex.Pattern.quote(phrase));
    }
    return String.join("|", out);
  }

  /** How many words at {@code from} form a phrase of the kind (longest match), 0 when none. */
  int match(String kind, List<String> words, int from) {
    for (List<String> p : phrases.getOrDefault(kind, List.of())) {
      if (from + p.size() > words.size()) continue;
      boolean ok = true;
      for (int i = 0; i < p.size() && ok; i++) ok = bare(words.get(from + i)).equals(p.get(i));
      if (ok) return p.size();
    }
    return 0;
  }

  /** The word as looked up: lower case, without the full stop of an abbreviation ("Nov."). */
  static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() > 1 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}

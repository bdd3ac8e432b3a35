package org.dateline.coding.speech;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.util.Tsv;

/**
 * How positive and how negative a sentence's words are, from the rated words of {@code
 * valence.tsv} (the VADER lexicon's means, -4 to +4). Praise and criticism often share a topic,
 * so their embeddings lie close ("the guy still has it" and "the guy has lost it"); the words'
 * ratings tell them apart. A word shortly after a negation counts with the other sign ("not
 * fair" is negative).
 */
final class Valence {
  static final String DATA = "/dateline/coding/valence.tsv";
  /** Two features: the positive weight, then the negative weight, each from 0 to 1. */
  static final int SIZE = 2;
  // A sum of ratings this large reads as half-way to the most (tanh(1) is about 0.76).
  private static final double SCALE = 4.0;
  // How many words back a negation reaches ("not at all fair").
  private static final int NEGATION_REACH = 3;
  private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*[a-z]|[a-z]");
  private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "no", "never", "nothing",
      "nobody", "none", "neither", "nor", "without", "hardly", "cannot");
  private static final Map<String, Double> RATINGS = read();

  private Valence() {}

  private static Map<String, Double> read() {
    Map<String, Double> out = new HashMap<>();
    for (Tsv.Row r : Tsv.resource(DATA)) {
      try {
        out.put(r.get("word"), Double.parseDouble(r.get("valence")));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(DATA + ":" + r.line() + ": valence is no number: " + r.get("valence"), e);
      }
    }
    return out;
  }

  /** The rating of a word (lower case), or 0 when the lexicon has none. */
  static double rating(String word) {
    return RATINGS.getOrDefault(word, 0.0);
  }

  /** The sentence's positive and negative weight, each tanh of its summed ratings over {@link #SCALE}. */
  static float[] of(String sentence) {
    double positive = 0;
    double negative = 0;
    int sinceNegation = Integer.MAX_VALUE;
    Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    while (m.find()) {
      String w = m.group();
      if (NEGATIONS.contains(w) || w.endsWith("n't")) {
        sinceNegation = 0;
        continue;
      }
      sinceNegation = sinceNegation == Integer.MAX_VALUE ? sinceNegation : sinceNegation + 1;
      double r = rating(w);
      if (sinceNegation <= NEGATION_REACH) r = -r;
      if (r > 0) positive += r;
      else negative -= r;
    }
    return new float[] {(float) Math.tanh(positive / SCALE), (float) Math.tanh(negative / SCALE)};
  }
}

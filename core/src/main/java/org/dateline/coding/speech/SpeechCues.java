package org.dateline.coding.speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that name a kind of speech outright ("urged", "should", "praised", "must", "condemned",
 * "refused", "warned"): the earliest in the sentence gives a root, and the model reads that root
 * as a one-hot vector beside the sentence's embedding. An embedding is mostly the topic of the
 * sentence; these few features are the speech act's own words. The same rule, alone, is the
 * keyword baseline of {@link SpeechEvaluation}.
 */
final class SpeechCues {
  /** The root of a sentence with none of the words: a plain statement. */
  static final String NONE = "01";
  /** Each root and the words that name it, in a fixed order (the earliest word wins; ties go first). */
  private static final Map<String, Pattern> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put("02", Pattern.compile("(?i)\\b(urg\\w*|call(ed|s|ing)? (on|for|upon)|appeal\\w*|ask\\w*|request\\w*|should)\\b"));
    WORDS.put("03", Pattern.compile("(?i)\\b(promis\\w*|pledg\\w*|vow\\w*|offer\\w*|will help|ready to)\\b"));
    WORDS.put("05", Pattern.compile("(?i)\\b(prais\\w*|welcom\\w*|thank\\w*|commend\\w*|congratulat\\w*|hail\\w*)\\b"));
    WORDS.put("10", Pattern.compile("(?i)\\b(demand\\w*|insist\\w*|must)\\b"));
    WORDS.put("11", Pattern.compile("(?i)\\b(critici\\w*|condemn\\w*|denounc\\w*|accus\\w*|alleg\\w*|blam\\w*|slam\\w*)\\b"));
    WORDS.put("12", Pattern.compile("(?i)\\b(reject\\w*|refus\\w*|dismiss\\w*|veto\\w*)\\b"));
    WORDS.put("13", Pattern.compile("(?i)\\b(warn\\w*|threat\\w*)\\b"));
  }

  /** The roots the features stand for, in order: no cue first, then each root with words. */
  static final List<String> ROOTS = List.of(NONE, "02", "03", "05", "10", "11", "12", "13");
  /** How many features {@link #features} gives: the roots', then the positive and negative weight. */
  static final int SIZE = ROOTS.size() + Valence.SIZE;
  /** The value of the one feature that is set (embeddings are unit length: their parts are small). */
  static final float WEIGHT = 0.3f;

  private SpeechCues() {}

  /** The root of the earliest word that names a kind of speech, or {@link #NONE}. */
  static String earliest(String sentence) {
    String best = NONE;
    int at = Integer.MAX_VALUE;
    for (Map.Entry<String, Pattern> w : WORDS.entrySet()) {
      Matcher m = w.getValue().matcher(sentence);
      if (m.find() && m.start() < at) {
        at = m.start();
        best = w.getKey();
      }
    }
    return best;
  }

  /**
   * One feature per root of {@link #ROOTS}: {@link #WEIGHT} for the earliest cue's, 0 for the rest;
   * then the sentence's positive and negative weight ({@link Valence}), each from 0 to 1.
   */
  static float[] features(String sentence) {
    float[] out = new float[SIZE];
    out[ROOTS.indexOf(earliest(sentence))] = WEIGHT;
    float[] tone = Valence.of(sentence);
    for (int i = 0; i < Valence.SIZE; i++) out[ROOTS.size() + i] = tone[i];
    return out;
  }

  /** The sentence's embedding followed by its cues: what the model reads. */
  static float[] vector(float[] embedding, String sentence) {
    float[] out = java.util.Arrays.copyOf(embedding, embedding.length + SIZE);
    System.arraycopy(features(sentence), 0, out, embedding.length, SIZE);
    return out;
  }
}

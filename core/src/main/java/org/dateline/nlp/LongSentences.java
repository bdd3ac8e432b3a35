package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences longer than a bound into parts before tagging and parsing. Text without full stops
 * (a table, a list, a crawl gone wrong) can make one "sentence" of thousands of tokens, and the
 * taggers, SUTime and the coder grow faster than linearly with it. Each cut is written down, so the
 * record can say which text was parsed in parts.
 */
final class LongSentences {
  /** Tokens a sentence may have before it is cut; no article of wikinews-events-2019 or samples/ has one so long. */
  static final int MAX_TOKENS = 120;
  /**
   * Characters of a token the taggers see: the NER features of one "word" of half a million
   * characters took more than 4 GB. Longer tokens (runs of junk, not words) are cut for tagging.
   */
  static final int MAX_TOKEN_CHARS = 100;
  /** Notes of cut sentences a record carries one by one; the rest are counted in one more. */
  private static final int MAX_NOTES = 10;

  private LongSentences() {}

  /** Replaces every sentence over {@code max} tokens by parts of at most {@code max}; returns one note per cut sentence. */
  static List<String> split(Annotation ann, int max) {
    List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
    List<String> notes = new ArrayList<>();
    if (sentences == null) return notes;
    shortenTokens(sentences, notes);
    boolean any = false;
    for (CoreMap s : sentences) any |= s.get(CoreAnnotations.TokensAnnotation.class).size() > max;
    if (!any) return notes;
    String text = ann.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    int cut = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= max) {
        out.add(renumber(s, out.size()));
        continue;
      }
      int first = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      int parts = 0;
      for (int from = 0; from < tokens.size(); parts++) {
        int to = cut(tokens, from, max);
        out.add(part(tokens.subList(from, to), first + from, out.size(), text));
        from = to;
      }
      cut++;
      if (cut > MAX_NOTES) continue;
      notes.add(String.format("characters %d-%d: a sentence of %d tokens was cut into %d parts of at most %d "
              + "tokens for the parser", tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition(),
          tokens.size(), parts, max));
    }
    if (cut > MAX_NOTES) notes.add((cut - MAX_NOTES) + " more sentences over " + max + " tokens were cut likewise");
    ann.set(CoreAnnotations.SentencesAnnotation.class, out);
    return notes;
  }

  private static void shortenTokens(List<CoreMap> sentences, List<String> notes) {
    int n = 0;
    int first = -1;
    for (CoreMap s : sentences) {
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        if (t.word() == null || t.word().length() <= MAX_TOKEN_CHARS) continue;
        if (n++ == 0) first = t.beginPosition();
        String cut = t.word().substring(0, MAX_TOKEN_CHARS);
        t.setWord(cut);
        t.setValue(cut);
      }
    }
    if (n > 0) {
      notes.add(String.format("%d token%s longer than %d characters (the first at character %d) %s cut to that "
          + "length for the taggers", n, n == 1 ? "" : "s", MAX_TOKEN_CHARS, first, n == 1 ? "was" : "were"));
    }
  }

  /** Where the part starting at {@code from} ends: after the last ; : or , in its second half, else at the bound. */
  private static int cut(List<CoreLabel> tokens, int from, int max) {
    int end = Math.min(tokens.size(), from + max);
    if (end == tokens.size()) return end;
    for (String marks : new String[] {";:", ","}) {
      for (int i = end - 1; i > from + max / 2; i--) {
        String w = tokens.get(i).word();
        if (w.length() == 1 && marks.indexOf(w.charAt(0)) >= 0) return i + 1;
      }
    }
    return end;
  }

  private static CoreMap part(List<CoreLabel> tokens, int tokenBegin, int index, String text) {
    CoreMap p = new ArrayCoreMap();
    int start = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    p.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
    p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    p.set(CoreAnnotations.TextAnnotation.class, text.substring(start, end));
    p.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    p.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    return renumber(p, index);
  }

  /** Sentence and token indices as the sentence splitter sets them, after parts were added before it. */
  private static CoreMap renumber(CoreMap s, int index) {
    s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setIndex(i + 1);
      tokens.get(i).setSentIndex(index);
    }
    return s;
  }
}

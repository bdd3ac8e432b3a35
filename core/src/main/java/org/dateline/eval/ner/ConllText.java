package org.dateline.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL document turned back into text for Dateline: tokens joined by one space, sentences by a
 * blank line (Dateline's sentence splitter ends a sentence there, so the gold sentences stay
 * apart, as paragraphs of an article would), with each token's character span.
 */
public final class ConllText {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int[] sentenceOf;

  private ConllText(String text, int[] starts, int[] ends, int[] sentenceOf) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.sentenceOf = sentenceOf;
  }

  public String text() { return text; }
  /** Where each token starts in {@link #text()}; index = token number in the document. */
  public int[] starts() { return starts.clone(); }
  public int[] ends() { return ends.clone(); }

  public static ConllText of(ConllDocument doc) {
    StringBuilder sb = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (int s = 0; s < doc.sentences().size(); s++) {
      if (s > 0) sb.append("\n\n");
      List<ConllDocument.Token> tokens = doc.sentences().get(s);
      for (int i = 0; i < tokens.size(); i++) {
        if (i > 0) sb.append(' ');
        int start = sb.length();
        sb.append(tokens.get(i).word());
        spans.add(new int[] {start, sb.length(), s});
      }
    }
    int n = spans.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    int[] sentenceOf = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
      sentenceOf[i] = spans.get(i)[2];
    }
    return new ConllText(sb.toString(), starts, ends, sentenceOf);
  }

  /**
   * The tokens [first, last + 1) that the character span [start, end) touches, or null when it
   * touches none. A mention that cuts a gold token in two takes the whole token: the chunk then
   * still has to agree with gold on both ends to count.
   */
  public int[] tokenSpan(int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] < end && ends[i] > start) {
        if (first < 0) first = i;
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last + 1};
  }

  /** The text of tokens [from, to). */
  public String words(int from, int to) {
    return text.substring(starts[from], ends[to - 1]);
  }

  /** The whole sentence that holds token {@code i}. */
  public String sentenceText(int i) {
    int s = sentenceOf[i];
    int from = i;
    int to = i;
    while (from > 0 && sentenceOf[from - 1] == s) from--;
    while (to + 1 < starts.length && sentenceOf[to + 1] == s) to++;
    return text.substring(starts[from], ends[to]);
  }
}

package org.dateline.eval.time;

/**
 * A time expression, gold or produced: character span [start, end) of the document text, the
 * words, TIMEX3 type and value ({@code value} may be null when a system gives none).
 */
public record Timex(int start, int end, String text, String type, String value) {
  public boolean overlaps(Timex o) {
    return start < o.end && o.start < end;
  }

  /** Characters shared with {@code o}. */
  public int overlap(Timex o) {
    return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
  }
}

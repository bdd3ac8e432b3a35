package org.dateline.resolve.time;

import java.time.LocalDate;

/**
 * What a time expression is read against: the article date, the tense of its clause, and the
 * quarter the text last spoke of (earnings reports compare "the quarter" with "a year ago"),
 * or null.
 */
record Context(LocalDate dct, Tense tense, String quarter) {
  Context withTense(Tense t) {
    return new Context(dct, t, quarter);
  }
}

package org.dateline.coding.petrarch;

import java.util.List;

/**
 * A pattern of a verb family: the elements before the verb (nearest first), those after it, and
 * the code it gives.
 *
 * @param code "---" when a match means no event; "A:B" for a pair (source to target A, back B)
 * @param line the dictionary line it came from, to say which pattern coded an event
 */
public record VerbPattern(List<PatternElement> before, List<PatternElement> after, String code, int line) {
  public VerbPattern {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}

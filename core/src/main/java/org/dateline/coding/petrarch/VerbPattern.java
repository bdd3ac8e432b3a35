package org.dateline.coding.petrarch;

import java.nio.file.Path;
import java.util.List;

/**
 * A pattern of a verb family: the elements before the verb (nearest first), those after it, and
 * the code it gives.
 *
 * @param code "---" when a match means no event; "A:B" for a pair (source to target A, back B)
 * @param file the dictionary file it came from and {@code line} its line, to say which pattern
 *             coded an event or met a problem
 */
public record VerbPattern(List<PatternElement> before, List<PatternElement> after, String code, Path file,
                          int line) {
  public VerbPattern {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** "FILE:LINE" of the pattern, as dictionary problems are named. */
  public String where() { return file + ":" + line; }
}

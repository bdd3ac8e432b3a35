package org.dateline.coding.petrarch;

import java.util.List;

/**
 * One way of writing a verb of a family: one word ("ABANDON", "BROKE") or several, one of which
 * is the verb ("WIRE TAP", "BREAK DOWN").
 *
 * @param words upper-case words in text order
 * @param head  index in {@code words} of the verb itself
 * @param code  the form's own code, or null to use the family's
 */
public record VerbForm(List<String> words, int head, String code, VerbFamily family) {
  public VerbForm {
    words = List.copyOf(words);
  }

  public String headWord() { return words.get(head); }

  /** The code the form gives when no pattern matches: its own, else its family's. */
  public String defaultCode() { return code != null ? code : family.code(); }

  @Override
  public String toString() {
    return String.join(" ", words) + " (" + family.name() + ")";
  }
}

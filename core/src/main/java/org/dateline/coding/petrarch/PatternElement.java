package org.dateline.coding.petrarch;

import java.util.List;

/**
 * One element of a verb pattern besides the verb itself.
 *
 * @param kind     what it matches
 * @param phrases  for {@link Kind#WORDS}: one phrase of one word; for {@link Kind#SYNSET}: every
 *                 member phrase (nested synsets already expanded); each phrase matches consecutive tokens
 * @param adjacent whether it must touch its neighbour toward the verb ({@code _} in the dictionary);
 *                 otherwise other words may come between (a space)
 * @param preposition whether the word opens a prepositional phrase ({@code (TO ...)} in PETRARCH2's
 *                 syntax), so it must be used as a preposition, not as "to" before a verb
 */
public record PatternElement(Kind kind, List<List<String>> phrases, boolean adjacent, boolean preposition) {
  /** What an element stands for. */
  public enum Kind {
    /** a literal word */
    WORDS,
    /** any member of a synonym set ({@code &NAME}) */
    SYNSET,
    /** the source actor ({@code $}) */
    SOURCE,
    /** the target actor ({@code +}) */
    TARGET,
    /** a compound actor whose members act on each other ({@code %}) */
    COMPOUND,
    /** a phrase that is skipped, usually a place or other noun phrase ({@code ^}) */
    SKIP
  }

  public PatternElement {
    phrases = phrases.stream().map(List::copyOf).toList();
  }

  public boolean isActor() {
    return kind == Kind.SOURCE || kind == Kind.TARGET || kind == Kind.COMPOUND;
  }
}

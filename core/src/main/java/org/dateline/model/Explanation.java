package org.dateline.model;

import java.util.List;

/**
 * Why an event reads as it does: the rule, lexicon entry, dictionary pattern or model that gave
 * its code, how each actor was found and resolved, and where its date came from. Without it no one
 * can fix a wrong event.
 *
 * @param type   what decided the code ("predicates.tsv: verb 'arrest' -> 173", a frame and its content, the model)
 * @param source one line per source actor: its words, code, and how they were found and resolved
 * @param target the same for the target
 * @param date   where the date came from (the event's clause, the story's day, the article)
 */
public record Explanation(String type, List<String> source, List<String> target, String date) {
  public Explanation {
    source = List.copyOf(source);
    target = List.copyOf(target);
  }
}

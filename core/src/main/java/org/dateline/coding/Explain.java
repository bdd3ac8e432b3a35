package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/** The words of an event's explanation: which lexicon entry, frame or model coded it, and how its actors were found. */
final class Explain {
  private Explain() {}

  /** "predicates.tsv: verb 'call' + 'for' -> 020 (frame appeal)". */
  static String lexicon(Predicates.Entry e) {
    if (e.derivedFrom() != null) {
      return "WordNet: noun '" + e.lemma() + "' is made from the verb '" + e.derivedFrom() + "'; predicates.tsv: verb '"
          + e.derivedFrom() + "' -> " + e.cameo();
    }
    return e.file() + ": " + e.kind() + " '" + e.lemma() + "'"
        + (e.particle().isEmpty() ? "" : " + '" + particles(e.particle()) + "'") + " -> " + e.cameo()
        + (e.frame().isEmpty() ? "" : " (frame " + e.frame() + ")");
  }

  // a long list of words ("@policies" spelt out) is shown by its first few and its size
  private static String particles(String particle) {
    String[] words = particle.split("\\|");
    if (words.length <= 6) return particle;
    return String.join("|", java.util.Arrays.copyOf(words, 4)) + "|... (" + words.length + " words)";
  }

  /** How the reading in its clause changed the lexicon's code: a frame's content, a promise, a threat, a condition. */
  static String reading(String lexiconCode, String frame, Token content, String contentCode, String finalCode) {
    StringBuilder b = new StringBuilder();
    if (content != null) b.append("; frames.tsv: ").append(frame.isEmpty() ? "its frame" : "frame " + frame)
        .append(" takes '").append(content.word()).append("' (").append(contentCode).append(") as content");
    else if (!frame.isEmpty()) b.append("; read as ").append(frame);
    if (!finalCode.equals(lexiconCode)) {
      b.append(content == null && frame.isEmpty() ? "; read in its clause (who acts, mood, condition)" : "")
          .append(" -> ").append(finalCode);
    }
    return b.toString();
  }

  /** One line per actor: its words and code, what resolved it, and where the parse put it. */
  static List<String> actors(Sentence s, List<Actor> actors, List<Token> heads, List<Actor> beforeContext) {
    List<String> out = new ArrayList<>();
    for (Actor a : actors) {
      StringBuilder b = new StringBuilder("'").append(a.text()).append("' -> ")
          .append(a.code() == null ? "no code" : a.code());
      if (a.name() != null) b.append(": known as ").append(a.name());
      if (a.role() != null) b.append(a.name() == null ? ": " : ", ").append("role ").append(a.role());
      else if (a.name() == null && a.sector() != null) b.append(": sector ").append(a.sector()).append(" from its words");
      if (beforeContext != null && !beforeContext.contains(a)) b.append("; country from the article's context");
      Token head = headOf(a, heads);
      if (head != null && head.head() >= 0) {
        b.append("; parse: ").append(head.deprel()).append(" of '").append(s.tokens().get(head.head()).word()).append("'");
      } else if (head == null) {
        b.append("; reached beyond the predicate's own arguments");
      }
      out.add(b.toString());
    }
    return out;
  }

  private static Token headOf(Actor a, List<Token> heads) {
    if (a.text() == null) return null;
    for (Token t : heads) {
      if (a.text().contains(t.word())) return t;
    }
    return null;
  }
}

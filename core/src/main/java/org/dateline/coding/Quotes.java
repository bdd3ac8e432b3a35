package org.dateline.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Who speaks a quotation. "I" and "we" inside quotation marks are whoever the text says said the
 * words: the subject of a verb of saying outside the marks, in the quote's paragraph, or, for a
 * paragraph that is all quotation, in the paragraph before ("She told reporters:" then the quote).
 */
final class Quotes {
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves");
  /** Verbs that attribute a quotation to their subject. */
  private static final Set<String> SAYING = Set.of("say", "tell", "add", "ask", "insist", "explain", "warn",
      "claim", "argue", "write", "state", "declare", "continue", "note", "reply", "respond", "tweet",
      "comment", "stress", "admit", "acknowledge", "predict", "suggest", "conclude", "recall", "announce",
      "speak", "talk", "post", "testify", "remark");

  /** The token that names the speaker, and its sentence. */
  record Speaker(Sentence sentence, Token token) {}

  private Quotes() {}

  /** The speaker a first-person pronoun inside a quotation stands for; null when t is no such pronoun. */
  static Speaker speaker(Document doc, Token t) {
    if (!firstPerson(t)) return null;
    String text = doc.text();
    List<int[]> spans = spans(text);
    if (inside(spans, t.start()) == null) return null;
    int from = text.lastIndexOf('\n', t.start()) + 1;
    int to = text.indexOf('\n', t.start());
    if (to < 0) to = text.length();
    Speaker own = attribution(doc, spans, from, to, t.start());
    if (own != null) return own;
    if (!text.substring(from, to).strip().matches("^[\"“].*")) return null;
    // the paragraph before, across blank lines
    int end = from - 1;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end <= 0) return null;
    int start = text.lastIndexOf('\n', end - 1) + 1;
    return attribution(doc, spans, start, end, end);
  }

  /** Whether the verb is one that attributes words to its subject. */
  static boolean saying(Token v) {
    return SAYING.contains(v.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the token is a pronoun of the first person. */
  static boolean firstPerson(Token t) {
    return FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** Spans [start, end) of the text inside quotation marks; a line break closes an unclosed quote. */
  static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean closes = c == '”' || c == '"' && open >= 0 || c == '\n';
      if (closes && open >= 0) {
        out.add(new int[] {open, i});
        open = -1;
      } else if (c == '“' || c == '"') {
        open = i + 1;
      }
    }
    if (open >= 0) out.add(new int[] {open, text.length()});
    return out;
  }

  /** The quotation span holding offset, or null. */
  static int[] inside(List<int[]> spans, int offset) {
    for (int[] q : spans) {
      if (offset >= q[0] && offset < q[1]) return q;
    }
    return null;
  }

  /** The subject of a verb of saying outside the quotation marks in [from, to), nearest to near first. */
  private static Speaker attribution(Document doc, List<int[]> spans, int from, int to, int near) {
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.end() > from && s.start() < to) sentences.add(s);
    }
    sentences.sort(Comparator.comparingInt(s -> near >= s.start() && near < s.end() ? 0
        : Math.min(Math.abs(s.start() - near), Math.abs(s.end() - near))));
    for (Sentence s : sentences) {
      for (Token v : s.tokens()) {
        if (!v.isVerb() || !saying(v) || inside(spans, v.start()) != null) continue;
        for (Token c : s.children(v.index())) {
          boolean subject = c.deprel().equals("nsubj") && inside(spans, c.start()) == null;
          if (subject && !firstPerson(c)) return new Speaker(s, c);
        }
      }
    }
    return null;
  }
}

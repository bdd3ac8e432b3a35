package org.dateline.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Paragraphs in the writer's own voice: an opinion column, readers' comments printed under a
 * story, the answers of an interview set down without quotation marks. Their "I think" and "my
 * vote" speak for a writer the text does not name, and what they tell is opinion or memory, not
 * the news of the day, so no event is coded from them. A reporter's news never says "I" outside
 * quotation marks; a paragraph that names someone saying the words is reported speech whose marks
 * were lost, and stays news.
 */
final class WritersVoice {
  private static final Set<String> SINGULAR = Set.of("i", "me", "my", "mine", "myself");
  /** A line of one sentence this short with no closing stop is a headline or a crosshead, not prose. */
  private static final int HEADLINE_WORDS = 14;

  private WritersVoice() {}

  /** The indices of the sentences that lie in paragraphs in the writer's own voice. */
  static Set<Integer> sentences(Document doc) {
    String text = doc.text();
    if (text == null || text.isEmpty()) return Set.of();
    List<List<Sentence>> paragraphs = paragraphs(doc);
    boolean[] own = new boolean[paragraphs.size()];
    // a paragraph with quotation marks reports speech: news quotes open each sentence without
    // always closing the last, so which words are inside the marks cannot be trusted there
    for (int p = 0; p < paragraphs.size(); p++) own[p] = !quoted(text, paragraphs.get(p)) && ownVoice(paragraphs.get(p));
    int first = -1;
    int last = -1;
    for (int p = 0; p < own.length; p++) {
      if (!own[p]) continue;
      if (first < 0) first = p;
      last = p;
    }
    Set<Integer> out = new HashSet<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      // "All mouth and trousers. A clown.": an unquoted paragraph amid the writer's own is one
      // more of them (readers' comments and a column's paragraphs come in a run)
      boolean amid = p > first && p < last && !quoted(text, paragraphs.get(p)) && !attributed(paragraphs.get(p));
      if (own[p] || amid) paragraphs.get(p).forEach(s -> out.add(s.index()));
    }
    return out;
  }

  /** The sentences grouped by the line of text (paragraph) they start in. */
  private static List<List<Sentence>> paragraphs(Document doc) {
    String text = doc.text();
    List<List<Sentence>> out = new ArrayList<>();
    int lineStart = -1;
    for (Sentence s : doc.sentences()) {
      int start = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
      if (start != lineStart || out.isEmpty()) {
        out.add(new ArrayList<>());
        lineStart = start;
      }
      out.get(out.size() - 1).add(s);
    }
    return out;
  }

  private static boolean ownVoice(List<Sentence> paragraph) {
    if (headline(paragraph) || attributed(paragraph)) return false;
    boolean first = false;
    for (Sentence s : paragraph) {
      for (Token t : s.tokens()) {
        String w = t.word();
        boolean pronoun = t.pos().startsWith("PRP") && SINGULAR.contains(w.toLowerCase(Locale.ROOT));
        // "I" is a pronoun only as a capital ("I" in "World War I" is tagged a number or a noun)
        if (pronoun && (!w.equalsIgnoreCase("i") || w.equals("I")) && !inTitle(s, t)) first = true;
      }
    }
    return first;
  }

  private static boolean headline(List<Sentence> paragraph) {
    if (paragraph.size() != 1) return false;
    List<Token> tokens = paragraph.get(0).tokens();
    String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).word();
    return tokens.size() <= HEADLINE_WORDS && !(last.equals(".") || last.equals("!") || last.equals("?"));
  }

  /** "Have I Got News for You": a capitalised word on either side makes the pronoun part of a title. */
  private static boolean inTitle(Sentence s, Token t) {
    int i = t.index();
    return i > 0 && i + 1 < s.tokens().size() && capitalised(s.tokens().get(i - 1)) && capitalised(s.tokens().get(i + 1));
  }

  private static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  /** A verb of saying with a third-person subject: the words are someone's, whose marks were lost. */
  private static boolean attributed(List<Sentence> paragraph) {
    for (Sentence s : paragraph) {
      for (Token v : s.tokens()) {
        if (!v.isVerb() || !Quotes.saying(v)) continue;
        List<Token> subjects = s.children(v.index()).stream().filter(c -> c.deprel().startsWith("nsubj")).toList();
        // "Good luck to the man, I say": the writer's own saying, however the parser hangs the rest
        if (!subjects.isEmpty() && subjects.stream().noneMatch(Quotes::firstPerson)) return true;
      }
    }
    return false;
  }

  private static boolean quoted(String text, List<Sentence> paragraph) {
    Sentence last = paragraph.get(paragraph.size() - 1);
    String words = text.substring(paragraph.get(0).start(), Math.min(text.length(), last.end()));
    return words.indexOf('"') >= 0 || words.indexOf('“') >= 0 || words.indexOf('”') >= 0;
  }
}

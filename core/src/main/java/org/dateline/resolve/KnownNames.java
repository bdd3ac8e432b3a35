package org.dateline.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Names of several words the knowledge base knows but the NER missed or cut short ("the Prince
 * of Dol Amroth", "Nordic Pair" where only "Nordic" was tagged): dictionaries name actors the
 * NER model has never seen. Found as the longest capitalised run of tokens that is a known name.
 */
final class KnownNames {
  private static final int LONGEST = 6;
  private final Knowledge kb;

  KnownNames(Knowledge kb) {
    this.kb = kb;
  }

  /** Adds the names found to the document's mentions, replacing the shorter mentions inside them. */
  void add(Document doc) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        int end = longestAt(doc, tokens, i);
        if (end < 0) continue;
        // "the Tamil Tigers": the article is no part of the name when the name is known without it
        int from = i;
        if (tokens.get(i).word().equalsIgnoreCase("the") && end > i + 1
            && known(doc.text().substring(tokens.get(i + 1).start(), tokens.get(end).end()))) {
          from = i + 1;
        }
        Token first = tokens.get(from);
        Token last = tokens.get(end);
        found.add(new Mention(doc.text().substring(first.start(), last.end()), "ORGANIZATION", first.start(),
            last.end(), s.index(), null));
        i = end;
      }
    }
    for (Mention m : found) {
      boolean crosses = doc.mentions().stream().anyMatch(o -> o.start() < m.end() && m.start() < o.end()
          && (o.start() < m.start() || o.end() > m.end()));
      if (crosses) continue; // a longer or overlapping NER name is the better reading
      doc.mentions().removeIf(o -> o.start() >= m.start() && o.end() <= m.end());
      doc.mentions().add(m);
    }
    doc.mentions().sort(Comparator.comparingInt(Mention::start));
  }

  /**
   * A known organisation; with user dictionaries, also a country or person. Built-in runs look
   * past the NER for organisations only ("Muslim Council of Britain", cut short by the tagger):
   * known people and countries found this way cost plover-gsr source F1 0.635 -> 0.623.
   */
  private boolean known(String text) {
    if (kb.organisation(text) != null) return true;
    return kb.hasDictionaries() && (kb.countryByName(text) != null || kb.knowsPerson(text));
  }

  /** Index of the last token of the longest known name of two or more words starting at i, or -1. */
  private int longestAt(Document doc, List<Token> tokens, int i) {
    if (!capitalised(tokens.get(i)) && !tokens.get(i).word().equalsIgnoreCase("the")) return -1;
    for (int end = Math.min(tokens.size() - 1, i + LONGEST - 1); end > i; end--) {
      if (!capitalised(tokens.get(end))) continue;
      String text = doc.text().substring(tokens.get(i).start(), tokens.get(end).end());
      if (Knowledge.key(text).indexOf(' ') < 0) continue;
      if (known(text)) return end;
    }
    return -1;
  }

  private static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }
}

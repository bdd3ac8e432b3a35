package org.dateline.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Public bodies named "X for Y" that the NER model leaves untagged or cuts at "for": "the
 * Department for Work and Pensions criticised the report" is a ministry speaking, but the tagger
 * sees a department and two common nouns. A head word of {@code body-heads.tsv}, "for", and a run
 * of capitalised words (joined by "and", "of", "the") become one organisation's mention before
 * actors are resolved; the resolver then reads it by its head ({@link Bodies}). Mentions inside
 * the name ("London" in a body "for London") are its words, not places or actors.
 */
final class MissedBodies {
  private static final Set<String> JOINERS = Set.of("and", "&", "of", "the");

  private MissedBodies() {}

  /** Adds the bodies found, replacing the mentions inside them, kept in text order. */
  static void add(Document doc) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i + 2 < tokens.size(); i++) {
        Token head = tokens.get(i);
        if (!capitalised(head) || !Bodies.isHead(head.word()) || !tokens.get(i + 1).word().equals("for")) continue;
        int last = lastOfName(tokens, i + 2);
        if (last < 0) continue;
        int start = head.start();
        int end = tokens.get(last).end();
        // a name the tagger found whole, or that reaches past this one, stays as it is
        if (doc.mentions().stream().anyMatch(m -> m.start() < end && start < m.end() && (m.start() < start || m.end() > end
            || m.start() == start && m.end() == end))) continue;
        found.add(new Mention(doc.text().substring(start, end), "ORGANIZATION", start, end, s.index(), null));
        i = last;
      }
    }
    if (found.isEmpty()) return;
    doc.mentions().removeIf(m -> found.stream().anyMatch(f -> f.start() <= m.start() && m.end() <= f.end()));
    doc.mentions().addAll(found);
    doc.mentions().sort(Comparator.comparingInt(Mention::start));
  }

  /** The index of the last capitalised word of the name from i on, or -1 when i starts none. */
  private static int lastOfName(List<Token> tokens, int i) {
    int last = -1;
    for (int k = i; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (capitalised(t) && t.pos().startsWith("NN")) last = k;
      else if (!JOINERS.contains(t.word().toLowerCase(Locale.ROOT)) || last < 0 && !t.word().equalsIgnoreCase("the")) break;
    }
    return last;
  }

  private static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }
}

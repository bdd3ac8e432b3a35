package org.dateline.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Seats of power the NER model leaves untagged: "Downing Street said", "Number 10 denied" are the
 * British government speaking, but the tagger sees a street and a number. A seat of two or more
 * words (countries.tsv), written as there with its capitals, becomes a body's mention before actors
 * are resolved; the resolver then reads it as the seat's government. One-word seats ("the
 * Kremlin") the tagger finds itself.
 */
final class MissedSeats {
  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

  MissedSeats(Set<String> seats) {
    for (String seat : seats) {
      String[] words = seat.split(" ");
      if (words.length > 1) byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
  }

  /** Adds the seats found outside the document's mentions, kept in text order. */
  void add(Document doc) {
    List<Mention> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        for (String[] words : byFirstWord.getOrDefault(tokens.get(i).word(), List.of())) {
          if (!matches(tokens, i, words)) continue;
          int start = tokens.get(i).start();
          int end = tokens.get(i + words.length - 1).end();
          if (overlaps(doc.mentions(), start, end) || overlaps(found, start, end)) continue;
          found.add(new Mention(doc.text().substring(start, end), "ORGANIZATION", start, end, s.index(), null));
        }
      }
    }
    if (found.isEmpty()) return;
    doc.mentions().addAll(found);
    doc.mentions().sort(Comparator.comparingInt(Mention::start));
  }

  private static boolean matches(List<Token> tokens, int i, String[] words) {
    if (i + words.length > tokens.size()) return false;
    for (int k = 0; k < words.length; k++) {
      if (!tokens.get(i + k).word().equals(words[k])) return false;
    }
    return true;
  }

  private static boolean overlaps(List<Mention> mentions, int start, int end) {
    return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
  }
}

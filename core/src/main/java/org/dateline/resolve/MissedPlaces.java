package org.dateline.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.resolve.places.Gazetteer;
import org.dateline.resolve.places.GazetteerEntry;

/**
 * Place names the NER model left untagged, found conservatively: a whole run of proper-noun
 * tokens, outside every mention, whose words are exactly the name of a country or of a city of
 * a million people or more ("talks in Busan" with "Busan" tagged O). Smaller places and
 * ordinary words are left alone: a wrong place is worse than a missed one.
 */
final class MissedPlaces {
  private static final long BIG_CITY = 1_000_000;
  private static final int LONGEST = 3;
  // Countries whose names are also given names: without the NER's word, too risky.
  private static final Set<String> ALSO_PEOPLE = Set.of("Chad", "Jordan", "Georgia", "Israel", "Kenya", "India");

  private final Gazetteer gazetteer;

  MissedPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Mention> find(Document doc) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        if (!proper(tokens.get(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j < tokens.size() && proper(tokens.get(j))) j++;
        Mention m = candidate(doc, s, tokens.subList(i, j));
        if (m != null) out.add(m);
        i = j;
      }
    }
    return out;
  }

  private static boolean proper(Token t) {
    return t.pos().startsWith("NNP") && t.ner().equals("O") && Character.isUpperCase(t.word().charAt(0));
  }

  private Mention candidate(Document doc, Sentence s, List<Token> run) {
    if (run.size() > LONGEST) return null;
    int start = run.get(0).start();
    int end = run.get(run.size() - 1).end();
    for (Mention m : doc.mentions()) {
      if (m.start() < end && start < m.end()) return null;
    }
    String text = doc.text().substring(start, end);
    if (ALSO_PEOPLE.contains(text)) return null;
    for (GazetteerEntry e : gazetteer.lookup(text)) {
      if (e.isCountry() || (e.isCity() && e.population() >= BIG_CITY)) {
        return new Mention(text, "LOCATION", start, end, s.index(), null);
      }
    }
    return null;
  }
}

package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.resolve.places.Gazetteer;
import org.junit.jupiter.api.Test;

/** Places the NER left untagged: only big cities and countries, only whole proper-noun runs. */
class MissedPlacesTest {
  private final MissedPlaces missed = new MissedPlaces(Gazetteer.get());

  @Test
  void aBigCityTaggedOIsFound() {
    List<Mention> found = missed.find(doc("Talks|VBZ resumed|VBD in|IN Busan|NNP on|IN Sunday|NNP"));
    assertEquals(List.of("Busan"), found.stream().map(Mention::text).toList());
  }

  @Test
  void smallTownsPartsOfLongerNamesAndGivenNamesAreLeftAlone() {
    assertEquals(List.of(), missed.find(doc("Officials|NNS in|IN Springfield|NNP agreed|VBD")));
    assertEquals(List.of(), missed.find(doc("The|DT Busan|NNP Film|NNP Festival|NNP Jury|NNP opened|VBD")));
    assertEquals(List.of(), missed.find(doc("Jordan|NNP said|VBD no|DT")));
  }

  /** A one-sentence document from "word|POS" pairs, every token tagged O by the NER. */
  private static Document doc(String tagged) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String pair : tagged.split(" ")) {
      String[] wp = pair.split("\\|");
      if (text.length() > 0) text.append(' ');
      int start = text.length();
      text.append(wp[0]);
      tokens.add(new Token(tokens.size(), wp[0], wp[0], wp[1], "O", start, text.length(), -1, "dep"));
    }
    Article a = new Article("t", LocalDate.of(2024, 1, 1), null, null, null, text.toString(), 0, null, Map.of(), "t");
    Document d = new Document(a);
    d.sentences().add(new Sentence(0, 0, text.length(), text.toString(), tokens));
    return d;
  }
}

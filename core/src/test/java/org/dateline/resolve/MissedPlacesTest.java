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

  @Test
  void aNameTheTextTagsAsAPlaceElsewhereIsAPlaceWhereItWasMissed() {
    Document d = doc("Floods|NNS hit|VBD Mansfield|NNP overnight|RB and|CC Mansfield|NNP Mayor|NNP Ann|NNP Lee|NNP spoke|VBD");
    d.mentions().add(new Mention("Mansfield", "LOCATION", 11, 20, 0, null));
    List<Mention> found = missed.find(d);
    assertEquals(List.of("Mansfield"), found.stream().map(Mention::text).toList());
    assertEquals(35, found.get(0).start());
  }

  @Test
  void anOrganisationNamedAfterAStateOrAKnownPlace() {
    Document d = doc("The|DT Ohio|NNP Supreme|NNP Court|NNP ruled|VBD and|CC the|DT Apple|NNP Store|NNP closed|VBD");
    d.mentions().add(new Mention("Ohio Supreme Court", "ORGANIZATION", 4, 22, 0, null));
    d.mentions().add(new Mention("Apple Store", "ORGANIZATION", 37, 48, 0, null));
    assertEquals(List.of("Ohio"), missed.find(d).stream().map(Mention::text).toList());
    Document paper = doc("The|DT Ohio|NNP Daily|NNP News|NNP reported|VBD");
    paper.mentions().add(new Mention("Ohio Daily News", "ORGANIZATION", 4, 19, 0, null));
    assertEquals(List.of(), missed.find(paper));
    Document direction = doc("North|NNP Central|NNP High|NNP School|NNP won|VBD");
    direction.mentions().add(new Mention("North Central High School", "ORGANIZATION", 0, 25, 0, null));
    assertEquals(List.of(), missed.find(direction));
    Document alone = doc("Ohio|NNP won|VBD");
    alone.mentions().add(new Mention("Ohio", "ORGANIZATION", 0, 4, 0, null));
    assertEquals(List.of(), missed.find(alone));
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

package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.output.ArticleJson;
import org.dateline.output.ArticleJsonReader;
import org.dateline.testing.Schema;
import org.junit.jupiter.api.Test;

/** A street the gazetteer does not list, as the pipeline lists it and writes it out. */
class PlaceResolverFeaturesTest {
  private static final String TEXT = "Firefighters in Leeds closed Quarrybank Lane after a gas leak .";

  @Test
  void aStreetIsListedAtItsTownAndMarkedAsAStreet() throws Exception {
    Document d = doc();
    new PlaceResolver(Knowledge.get()).resolve(d);
    Place leeds = d.places().get(0);
    Place lane = d.places().get(1);
    assertNull(leeds.featureKind());
    assertEquals("Quarrybank Lane", lane.text());
    assertEquals("street", lane.featureKind());
    assertEquals(leeds.lat(), lane.lat());
    assertEquals(leeds.geonameId(), lane.geonameId());
    assertTrue(lane.confidence() < leeds.confidence(), lane + " " + leeds);

    var tree = ArticleJson.tree(d);
    assertEquals("street", tree.get("places").get(1).get("featureKind").asText());
    assertTrue(tree.get("places").get(0).path("featureKind").isMissingNode());
    assertTrue(Schema.errors(tree).isEmpty(), Schema.errors(tree).toString());
    Document back = ArticleJsonReader.read(ArticleJson.line(d), "t:1");
    assertEquals("street", back.places().get(1).featureKind());
  }

  /** The sentence as proper-noun tokens, with "Leeds" and "Quarrybank Lane" tagged LOCATION. */
  private static Document doc() {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : TEXT.split(" ")) {
      String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), w, w, pos, "O", at, at + w.length(), -1, "dep"));
      at += w.length() + 1;
    }
    Article a = new Article("t", LocalDate.of(2024, 1, 1), null, null, null, TEXT, 0, null, Map.of(), "t");
    Document d = new Document(a);
    d.sentences().add(new Sentence(0, 0, TEXT.length(), TEXT, tokens));
    for (String name : List.of("Leeds", "Quarrybank Lane")) {
      int start = TEXT.indexOf(name);
      d.mentions().add(new Mention(name, "LOCATION", start, start + name.length(), 0, null));
    }
    return d;
  }
}

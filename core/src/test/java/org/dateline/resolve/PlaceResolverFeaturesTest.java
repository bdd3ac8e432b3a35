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
import org.dateline.resolve.places.Gazetteer;
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

  @Test
  void anOrganisationNamedAsWhereSomethingHappensIsAPlace() {
    // "taken to Colchester General Hospital": the hospital is where he was taken.
    Document to = parsed("He|PRP|2|nsubj was|VBD|2|aux taken|VBN|-1|root to|TO|6|case Colchester|NNP|6|compound "
        + "General|NNP|6|compound Hospital|NNP|2|obl .|.|2|punct", "ORGANIZATION", "Colchester General Hospital");
    new PlaceResolver(Knowledge.get()).resolve(to);
    assertEquals(1, to.places().size());
    assertEquals("facility", to.places().get(0).featureKind());
    assertEquals("GB", Gazetteer.get().country(to.places().get(0).country()).iso2());
    // "Colchester General Hospital said": the organisation speaks; it is no place here.
    Document said = parsed("Colchester|NNP|2|compound General|NNP|2|compound Hospital|NNP|3|nsubj said|VBD|-1|root "
        + "so|RB|3|advmod .|.|3|punct", "ORGANIZATION", "Colchester General Hospital");
    new PlaceResolver(Knowledge.get()).resolve(said);
    assertEquals(0, said.places().size());
  }

  /** A parsed sentence from "word|POS|head|deprel" tokens, with mentions of these names. */
  private static Document parsed(String tagged, String type, String... names) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String spec : tagged.split(" ")) {
      String[] t = spec.split("\\|");
      if (text.length() > 0) text.append(' ');
      int start = text.length();
      text.append(t[0]);
      tokens.add(new Token(tokens.size(), t[0], t[0], t[1], "O", start, text.length(), Integer.parseInt(t[2]), t[3]));
    }
    String s = text.toString();
    Document d = new Document(new Article("t", LocalDate.of(2024, 1, 1), null, null, null, s, 0, null, Map.of(), "t"));
    d.sentences().add(new Sentence(0, 0, s.length(), s, tokens));
    for (String name : names) {
      int at = s.indexOf(name);
      d.mentions().add(new Mention(name, type, at, at + name.length(), 0, null));
    }
    return d;
  }

  /** The sentence unparsed, with "Leeds" and "Quarrybank Lane" tagged LOCATION. */
  private static Document doc() {
    StringBuilder tagged = new StringBuilder();
    for (String w : TEXT.split(" ")) {
      tagged.append(tagged.length() > 0 ? " " : "").append(w).append(Character.isUpperCase(w.charAt(0)) ? "|NNP" : "|NN")
          .append("|-1|dep");
    }
    return parsed(tagged.toString(), "LOCATION", "Leeds", "Quarrybank Lane");
  }
}

package org.dateline.resolve.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Document;
import org.dateline.model.Place;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/** Place resolution through the whole pipeline, on sentences written for these tests. */
class PlaceResolutionTest {

  @Test
  void aCityFramedByItsCountry() {
    Place busan = place(code("Foreign ministers held talks in the Korean city of Busan on Sunday.", null), "Busan");
    assertEquals("KOR", busan.country());
    assertEquals(35.1, busan.lat(), 0.1);
    assertEquals(129.0, busan.lon(), 0.1);
    assertEquals("P", busan.featureClass());
    assertNotNull(busan.geonameId());
  }

  @Test
  void aCapitalSpeakingIsAnActorButTalksThereArePlaced() {
    Document said = code("Beijing said on Monday that it would answer the new tariffs.", null);
    assertTrue(said.locations().stream().noneMatch(p -> p.text().equals("Beijing")), said.places().toString());
    // Still listed, so that a map can show it, but as the actor it stands for.
    Place actor = place(said, "Beijing");
    assertEquals(Place.ACTOR, actor.usedAs());
    assertEquals("CHN", actor.country());
    Place there = place(code("Trade officials from both countries met in Beijing on Monday.", null), "Beijing");
    assertEquals("CHN", there.country());
    assertEquals(39.9, there.lat(), 0.2);
  }

  @Test
  void washingtonIsTheCapitalUnlessTheStateIsSaid() {
    Place dc = place(code("Lawmakers arrived in Washington for a vote on the budget.", null), "Washington");
    assertEquals("USA", dc.country());
    assertEquals(38.9, dc.lat(), 0.2);
    assertEquals(-77.0, dc.lon(), 0.2);
    Place state = place(code("Wildfires spread across Washington state over the weekend.", null), "Washington");
    assertEquals("A", state.featureClass());
    assertEquals("Washington", state.admin1());
  }

  @Test
  void aTownQualifiedByItsState() {
    Place paris = place(code("A tornado struck Paris, Texas, on Tuesday night.", null), "Paris");
    assertEquals("USA", paris.country());
    assertEquals("Texas", paris.admin1());
  }

  @Test
  void aCountryNameIsTheCountryUnlessItIsSurelyAState() {
    Place country = place(code("Troops crossed into Georgia from the north.", null), "Georgia");
    assertEquals("GEO", country.country());
    Document doc = code("The storm moved from Atlanta into Macon, Georgia, on Friday.", null);
    Place state = place(doc, "Georgia");
    assertEquals("USA", state.country());
    assertEquals("Georgia", state.admin1());
    assertTrue(doc.mentions().stream().filter(m -> m.text().equals("Georgia"))
        .allMatch(m -> m.actor() == null), "the state is not the country's government: " + doc.mentions());
  }

  @Test
  void aCountryActingIsListedAsAnActorAndPlacesNoEvent() throws Exception {
    Document doc = code("Egypt rejected the proposal on Tuesday.", null);
    Place egypt = place(doc, "Egypt");
    assertEquals(Place.ACTOR, egypt.usedAs());
    assertEquals("EGY", egypt.country());
    assertNotNull(egypt.lat());
    assertTrue(doc.locations().isEmpty(), doc.locations().toString());
    var tree = org.dateline.output.ArticleJson.tree(doc);
    assertEquals("actor", tree.get("places").get(0).get("usedAs").asText());
    assertTrue(org.dateline.testing.Schema.errors(tree).isEmpty(), org.dateline.testing.Schema.errors(tree).toString());
    Document back = org.dateline.output.ArticleJsonReader.read(org.dateline.output.ArticleJson.line(doc), "t:1");
    assertEquals(Place.ACTOR, back.places().get(0).usedAs());
    assertTrue(back.locations().isEmpty());
    assertTrue(doc.events().stream().allMatch(e -> e.location() == null || !"EGY".equals(e.location().country())),
        doc.events().toString());
  }

  @Test
  void demonymsAreListedAsDemonyms() {
    Document doc = code("Canadian firefighters arrived in Fresno on Monday to help fight the blaze.", null);
    Place canadian = place(doc, "Canadian");
    assertEquals(Place.DEMONYM, canadian.usedAs());
    assertEquals("CAN", canadian.country());
    Place fresno = place(doc, "Fresno");
    assertNull(fresno.usedAs());
    assertEquals("USA", fresno.country(), "the demonym does not change what the other names are");
    assertTrue(doc.locations().stream().noneMatch(p -> p.text().equals("Canadian")));
    // A country whose adjective the gazetteer lacks: the knowledge base's country stands in.
    Place maltese = place(code("Maltese fishermen protested in Valletta against the new quotas.", null), "Maltese");
    assertEquals(Place.DEMONYM, maltese.usedAs());
    assertEquals("MLT", maltese.country());
  }

  @Test
  void theDatelineTellsWhichOne() {
    Dateline dl = new Dateline("PORTLAND, Maine (AP) -", "PORTLAND, Maine", null, "AP");
    Document doc = code("Fishermen protested in Portland on Friday against the new quotas.", dl);
    Place portland = place(doc, "Portland");
    assertEquals("Maine", portland.admin1());
  }

  @Test
  void anAmbiguousSmallTownIsLeftOffTheMap() {
    Place p = place(code("The mayor of Springfield resigned on Friday.", null), "Springfield");
    assertNull(p.lat(), p.toString());
    assertNull(p.lon());
  }

  private static Place place(Document doc, String text) {
    return doc.places().stream().filter(p -> p.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(text + " not among " + doc.places()));
  }

  private static Document code(String text, Dateline dateline) {
    Article a = new Article("t", LocalDate.of(2024, 5, 6), "Test", null, null, text, 0, dateline, Map.of(), "test");
    return Models.pipeline().process(a);
  }
}

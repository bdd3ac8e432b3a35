package org.dateline.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.dateline.eval.EvalResult;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Place;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three readers on the real files, and the evaluation with stand-in place finders. */
class GeoSmokeTest {
  @TempDir Path tmp;

  private static int toponyms(List<GeoDocument> docs) {
    return docs.stream().mapToInt(d -> d.toponyms().size()).sum();
  }

  private static void spansMatchText(List<GeoDocument> docs) {
    for (GeoDocument d : docs) {
      for (GoldToponym t : d.toponyms()) assertEquals(t.phrase(), d.text().substring(t.start(), t.end()), d.id());
    }
  }

  @Test
  void lglAsPublished() throws Exception {
    List<GeoDocument> docs = LglReader.read(Shared.require("eval/geo-lgl"), 0, new java.util.ArrayList<>());
    // PROVENANCE.txt: 588 articles, 5,088 toponyms, 4,462 with coordinates.
    assertEquals(588, docs.size());
    assertEquals(5088, toponyms(docs));
    assertEquals(4462, docs.stream().flatMap(d -> d.toponyms().stream()).filter(GoldToponym::hasCoordinates).count());
    assertTrue(docs.stream().allMatch(d -> d.notes().isEmpty() && d.date() != null));
    spansMatchText(docs);
  }

  @Test
  void geoVirusOffsetsAreMovedBackByOne() throws Exception {
    List<GeoDocument> docs = GeoVirusReader.read(Shared.require("eval/geo-geovirus"), 0, new java.util.ArrayList<>());
    assertEquals(229, docs.size());
    assertEquals(2170, toponyms(docs));
    spansMatchText(docs);
  }

  @Test
  void geoWebNewsKeepsSpansWithCoordinates() throws Exception {
    List<GeoDocument> docs = GeoWebNewsReader.read(Shared.require("eval/geo-geowebnews"), 0, new java.util.ArrayList<>());
    assertEquals(200, docs.size());
    // 2,601 spans with coordinates; two of them have negative offsets and are left out.
    assertEquals(2599, toponyms(docs));
    spansMatchText(docs);
  }

  @Test
  void oraclePlacesScoreOneAndNoPlacesZero() throws Exception {
    Path dir = Shared.require("eval/geo-lgl");
    List<GeoDocument> docs = LglReader.read(dir, 3, new java.util.ArrayList<>());
    Function<Article, Document> oracle = a -> {
      Document d = new Document(a);
      GeoDocument g = docs.stream().filter(x -> x.id().equals(a.id())).findFirst().orElseThrow();
      for (GoldToponym t : g.toponyms()) {
        Place p = new Place(t.phrase(), t.start(), t.end(), 0, t.phrase(), t.country(), null, null,
            t.lat(), t.lon(), t.geonameId(), 1.0);
        // One listed as an actor: counted by the main figures, not by the "_locations" ones.
        d.places().add(d.places().isEmpty() ? p.withUsedAs(Place.ACTOR) : p);
      }
      return d;
    };
    Path errors = tmp.resolve("geo.errors.jsonl");
    EvalResult r = GeoEvaluation.lgl().run(dir, oracle, name -> name, errors, 3);
    assertEquals(3, r.n());
    assertEquals(1.0, r.metrics().get("acc161"));
    assertEquals(1.0, r.metrics().get("recall"));
    assertEquals(1.0, r.metrics().get("country_accuracy"));
    assertTrue(r.metrics().get("acc161_locations") < 1.0, r.metrics().toString());
    assertTrue(r.metrics().get("recall_locations") < 1.0);
    EvalResult none = GeoEvaluation.lgl().run(dir, Document::new, name -> null, errors, 3);
    assertEquals(0.0, none.metrics().get("acc161"));
    assertNotNull(none.metrics().get("mean_km"));
    assertTrue(Files.readString(errors).contains("\"kind\":\"unmatched\",\"gold\":{\"phrase\":\"Alexandria\""));
    assertTrue(Files.readString(errors).contains("\"kind\":\"unknown_country\",\"country\":\"United States\""));
  }
}

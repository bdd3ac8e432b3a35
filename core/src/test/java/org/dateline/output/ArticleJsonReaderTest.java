package org.dateline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.ingest.BadInputException;
import org.dateline.model.Document;
import org.dateline.model.Place;
import org.dateline.store.Docs;
import org.junit.jupiter.api.Test;

class ArticleJsonReaderTest {
  @Test
  void anEventsExplanationReadsBack() throws Exception {
    Document doc = Docs.coded();
    org.dateline.model.Event e = doc.events().get(0);
    doc.events().set(0, new org.dateline.model.Event(e.id(), e.source(), e.target(), e.cameo(), e.quadClass(),
        e.goldstein(), e.plover(), e.date(), e.dateText(), e.location(), e.negated(), e.modality(), e.evidence(),
        e.confidence(), new org.dateline.model.Explanation("predicates.tsv: verb 'x' -> 173",
            java.util.List.of("'Police' -> COP"), java.util.List.of(), "the article's date")));
    String line = ArticleJson.line(doc);
    Document back = ArticleJsonReader.read(line, "coded.jsonl:1");
    assertEquals(line, ArticleJson.line(back));
    assertEquals("predicates.tsv: verb 'x' -> 173", back.events().get(0).explain().type());
  }

  @Test
  void aRecordReadsBackToTheSameRecord() throws Exception {
    String line = ArticleJson.line(Docs.coded());
    Document back = ArticleJsonReader.read(line, "coded.jsonl:1");
    assertEquals(line, ArticleJson.line(back));
    assertEquals("coded.jsonl:1", back.article().origin());
    Place loc = back.events().get(0).location();
    assertEquals("15", loc.admin1());
    assertEquals(3936456L, loc.geonameId());
    assertEquals(0, back.places().get(0).sentence());
  }

  @Test
  void aBadRecordNamesTheProblem() {
    var e = assertThrows(BadInputException.class, () -> ArticleJsonReader.read("{\"id\": \"x\", \"text\": \"t\"}", "f:1"));
    assertTrue(e.getMessage().contains("no date"), e.getMessage());
    e = assertThrows(BadInputException.class,
        () -> ArticleJsonReader.read("{\"id\": \"x\", \"date\": \"2025-13-01\", \"text\": \"t\"}", "f:1"));
    assertTrue(e.getMessage().contains("date"), e.getMessage());
    e = assertThrows(BadInputException.class, () -> ArticleJsonReader.read("{\"id\": ", "f:1"));
    assertEquals("invalid JSON", e.reason());
    e = assertThrows(BadInputException.class,
        () -> ArticleJsonReader.read("{\"id\": \"x\", \"date\": \"2025-01-01\", \"text\": \"t\", \"events\": [{\"id\": \"e\"}]}", "f:1"));
    assertTrue(e.getMessage().contains("event e has no evidence"), e.getMessage());
  }

  @Test
  void codesOutsideCameoGoBesideTheContractsEvents() throws Exception {
    Document d = Docs.coded();
    var own = new org.dateline.model.Event("own", d.events().get(0).source(), d.events().get(0).target(), "903", 0, 0,
        new org.dateline.model.Plover("", null, java.util.List.of()), "2025-03-04", null, null, false, null,
        d.events().get(0).evidence(), 0.5);
    d.events().add(own);
    var tree = ArticleJson.tree(d);
    assertEquals(1, tree.get("events").size());
    assertEquals("903", tree.get("otherEvents").get(0).get("cameo").asText());
    assertTrue(org.dateline.testing.Schema.errors(tree).isEmpty(), org.dateline.testing.Schema.errors(tree).toString());
    assertEquals(2, ArticleJsonReader.read(ArticleJson.line(d), "x:1").events().size());
  }
}

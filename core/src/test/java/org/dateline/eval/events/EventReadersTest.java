package org.dateline.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readers on small hand-written inputs in each set's format. */
class EventReadersTest {
  @Test
  void ploverGsrToleratesTrailingCommasAndOddFields() throws IOException {
    String json = """
        [
        {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "notes",},
        {"id": "X-FIGHT-0001", "date": "2000-01-01", "event": "FIGHT",
         "source": [{"actorText": "Italian troops", "code": "ITL", "sector": "MIL"},],
         "target": "", "text": "Italian troops fired on rebels.",},
        {"id": "X-FIGHT-0001", "date": "2000-01-01", "event": "DEMAND",
         "source": {"actorText": "Hamas", "code": "PSE", "sector": "REBMOS"},
         "target": "diplomatic", "text": "Hamas demanded talks.", "cameo": "100"},
        ]
        """;
    List<PloverGsr.Item> items = PloverGsr.read(new StringReader(json), "t.json", new java.util.ArrayList<>());
    assertEquals(2, items.size());
    PloverGsr.Item fight = items.get(0);
    assertEquals("ASSAULT", fight.event().plover());
    assertEquals("FIGHT", fight.rawType());
    assertEquals(LocalDate.of(2000, 1, 1), fight.date());
    assertEquals(List.of(new GoldActor("Italian troops", "ITA", "MIL")), fight.event().source());
    assertEquals(List.of(), fight.event().target());
    PloverGsr.Item demand = items.get(1);
    assertEquals("X-FIGHT-0001-2", demand.id());
    assertEquals("REQUEST", demand.event().plover());
    assertEquals("100", demand.cameo());
    assertEquals("REB", demand.event().source().get(0).sector());
    assertEquals(List.of(), demand.event().target());
  }

  @Test
  void petrarchRecords() throws IOException {
    String xml = """
        <Validation><Sentences>
        <Sentence date="19950104" id="DEMO-01" category="DEMO" sentence="true">
        <!-- comment -->
        <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
        <EventCoding sourcecode="GON" targetcode="---" eventcode="010"></EventCoding>
        <Text>
        Rohan will resume
        talks with Dale.
        </Text>
        <Parse>(ROOT (S (NP (NNP Rohan))))</Parse>
        </Sentence>
        <Sentence date="19950101" id="ERR-01" category="ERROR" sentence="true">
        <EventCoding error="storydiscard"></EventCoding>
        <Text>Nothing here.</Text>
        </Sentence>
        </Sentences></Validation>
        """;
    List<PetrarchUnitTest.Item> items = PetrarchUnitTest.read(xml, "test.xml", new java.util.ArrayList<>());
    assertEquals(2, items.size());
    PetrarchUnitTest.Item demo = items.get(0);
    assertEquals("Rohan will resume talks with Dale.", demo.text());
    assertEquals(LocalDate.of(1995, 1, 4), demo.date());
    assertEquals(new PetrarchUnitTest.Coding("GON", "---", "010"), demo.codings().get(1));
    assertNull(demo.error());
    assertEquals("storydiscard", items.get(1).error());
    assertEquals(List.of(), items.get(1).codings());
  }

  @Test
  void petrarchOptionsHoldFromWhereTheyAreSetUntilSetAgain() throws IOException {
    String xml = """
        <Validation>
        <Environment><Config option="stop_on_error" value="True"></Config></Environment>
        <Sentences>
        <Sentence date="19950104" id="A-1" category="A"><Text>One.</Text></Sentence>
        <Config option="require_dyad" value="false"></Config>
        <Config option="comma_max" value="0"></Config>
        <Sentence date="19950104" id="A-2" category="A"><Text>Two.</Text></Sentence>
        <Config option="require_dyad" value="TRUE"></Config>
        <Sentence date="19950104" id="A-3" category="A"><Text>Three.</Text></Sentence>
        </Sentences></Validation>
        """;
    List<PetrarchUnitTest.Item> items = PetrarchUnitTest.read(xml, "test.xml", new java.util.ArrayList<>());
    assertEquals(Map.of("stop_on_error", "True"), items.get(0).options());
    assertEquals(Map.of("stop_on_error", "True", "require_dyad", "false", "comma_max", "0"), items.get(1).options());
    assertEquals("TRUE", items.get(2).options().get("require_dyad"));
    // a setting made again goes last, as it is applied last
    assertEquals(List.of("stop_on_error", "comma_max", "require_dyad"), List.copyOf(items.get(2).options().keySet()));
  }

  @Test
  void conflibertClassesAndSpans() throws IOException {
    List<Conflibert.Labelled> c = Conflibert.readClasses(new BufferedReader(new StringReader(
        "Israel said it would talk.\t0\r\nRebels shelled the town.\t4\r\n")), "test", "t.tsv", new java.util.ArrayList<>());
    assertEquals(List.of(new Conflibert.Labelled("test-1", "Israel said it would talk.", "0"),
        new Conflibert.Labelled("test-2", "Rebels shelled the town.", "4")), c);

    String conll = "U.S. B-S\nofficials I-S\nmet O\nRussian B-T\nenvoys I-T\n. O\n\nThey B-R\nI-T\nmet O\n";
    List<Conflibert.Tagged> t = Conflibert.readTagged(new BufferedReader(new StringReader(conll)));
    assertEquals(2, t.size());
    assertEquals(List.of(new Conflibert.Span("S", 0, 2, "U.S. officials"), new Conflibert.Span("T", 3, 5, "Russian envoys")),
        t.get(0).spans());
    // A line without tag reads as O; an I- of another role starts a new span.
    assertEquals(List.of(new Conflibert.Span("R", 0, 1, "They")), t.get(1).spans());
  }

  @Test
  void caseSnippetsAndTypeMapping() throws IOException {
    String tsv = "id\tEventSnippet\tSubType\n1\tProtesters rallied in the capital.\tPEACE_PROTEST\n";
    List<Case2021.Snippet> s = Case2021.read(new BufferedReader(new StringReader(tsv)), "t.tsv", new java.util.ArrayList<>());
    assertEquals(List.of(new Case2021.Snippet("1", "Protesters rallied in the capital.", "PEACE_PROTEST")), s);
    assertEquals("14", Case2021.mapping("PEACE_PROTEST").cameoRoot());
    assertEquals("PROTEST", Case2021.mapping("PEACE_PROTEST").plover());
    assertEquals("none", Case2021.mapping("NATURAL_DISASTER").cameoRoot());
    assertEquals(30, Case2021.mappings().size());
    assertThrows(IOException.class, () -> Case2021.read(new BufferedReader(new StringReader("x\ty\n")), "t.tsv", new java.util.ArrayList<>()));
  }
}

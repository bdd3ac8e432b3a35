package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dateline.eval.events.PetrarchUnitTest;
import org.dateline.eval.geo.GeoEvaluation;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed record of a gold set is reported with its place and reason and skipped; the rest is scored. */
class MalformedRecordsTest {
  @TempDir Path dir;

  // Records written for this test; line numbers are those of the file below.
  private static final String PETRARCH = """
      <Validation>
      <!-- a comment that names <Sentence> records must not be read as one -->
      <Sentences>
      <Sentence date="19950101" id="OK-01" category="OK">
      <EventCoding sourcecode="NOR" targetcode="SWE" eventcode="042"></EventCoding>
      <Text>Norway's prime minister visited Sweden.</Text>
      </Sentence>
      <Sentence date="19950101" id="AMP-01" category="BAD">
      <EventCoding noevents="True"></EventCoding>
      <Text>Salt & pepper were sold in Oslo.</Text>
      </Sentence>
      <Sentence date="19950101" id="NOTEXT-01" category="BAD">
      <EventCoding noevents="True"></EventCoding>
      </Sentence>
      <Config option="require_dyad" value="False"></Config>
      <Sentence date="19951301" id="DATE-01" category="BAD">
      <EventCoding noevents="True"></EventCoding>
      <Text>Chile thanked Peru.</Text>
      </Sentence>
      <Sentence date="19950102" id="OK-02" category="OK">
      <EventCoding sourcecode="CHL" targetcode="PER" eventcode="051"></EventCoding>
      <Text>Chile praised Peru.</Text>
      </Sentence>
      </Sentences>
      </Validation>
      """;

  @Test
  void petrarchRecordsAreReadOneByOne() throws Exception {
    List<Skipped> skipped = new ArrayList<>();
    List<PetrarchUnitTest.Item> items = PetrarchUnitTest.read(PETRARCH, "units.xml", skipped);
    assertEquals(List.of("OK-01", "OK-02"), items.stream().map(PetrarchUnitTest.Item::id).toList());
    assertEquals(Map.of("require_dyad", "False"), items.get(1).options());
    assertEquals(3, skipped.size(), skipped.toString());
    assertTrue(skipped.get(0).where().equals("units.xml:8 (id AMP-01)"), skipped.get(0).toString());
    assertTrue(skipped.get(0).reason().contains("&"), skipped.get(0).reason());
    assertEquals("units.xml:12 (id NOTEXT-01): no <Text>", skipped.get(1).toString());
    assertEquals("units.xml:16 (id DATE-01): unreadable date \"19951301\"", skipped.get(2).toString());
  }

  @Test
  void lglArticleWithAnEmptyDltimeIsSkippedAndTheSetScored() throws Exception {
    Path set = Files.createDirectories(dir.resolve("geo-lgl"));
    Files.writeString(set.resolve("lgl.xml"), """
        <?xml version="1.0" encoding="utf-8"?>
        <articles>
          <article docid="1"><dltime>2009-03-20 12:24:52.002364-05</dltime>
            <text><![CDATA[Flooding closed roads in Bergen on Monday.]]></text>
            <toponyms><toponym><start>22</start><end>28</end><phrase>Bergen</phrase>
              <gaztag geonameid="3161732"><lat>60.39</lat><lon>5.32</lon><country>Norway</country></gaztag>
            </toponym></toponyms></article>
          <article docid="2"><dltime></dltime>
            <text><![CDATA[A ferry left Tromso late.]]></text></article>
          <article docid="3"><dltime>March 21, 2009 9:10 AM ET</dltime>
            <text><![CDATA[Snow fell over Narvik.]]></text></article>
          <article docid="4"><dltime>2009-03-22</dltime>
            <text><![CDATA[The analyser fails on this one.]]></text></article>
        </articles>
        """);
    Function<Article, Document> process = a -> {
      if (a.id().equals("lgl#4")) throw new IllegalStateException("analyser failed");
      return new Document(a);
    };
    EvalResult r = GeoEvaluation.lgl().run(set, process, name -> "NOR", dir.resolve("e.jsonl"), 0);
    assertEquals(2, r.n());
    assertEquals(2, r.skipped().size(), r.skipped().toString());
    assertEquals(set.resolve("lgl.xml") + ": article 2 (docid 2): IllegalArgumentException: empty <dltime>: the article "
        + "has no date", r.skipped().get(0).toString());
    assertEquals("lgl#4: IllegalStateException: analyser failed", r.skipped().get(1).toString());
    assertTrue(r.skipped().get(1).stack().contains("MalformedRecordsTest"));
  }

  @Test
  void anArticleWhoseAnalysisOverflowsTheStackCostsOnlyItself() throws Exception {
    Path set = Files.createDirectories(dir.resolve("geo-lgl-deep"));
    Files.writeString(set.resolve("lgl.xml"), """
        <?xml version="1.0" encoding="utf-8"?>
        <articles>
          <article docid="1"><dltime>2009-03-20</dltime>
            <text><![CDATA[A ferry left Tromso late.]]></text></article>
          <article docid="2"><dltime>2009-03-21</dltime>
            <text><![CDATA[Snow fell over Narvik.]]></text></article>
        </articles>
        """);
    Function<Article, Document> process = a -> {
      if (a.id().equals("lgl#1")) throw new StackOverflowError();
      return new Document(a);
    };
    EvalResult r = GeoEvaluation.lgl().run(set, process, name -> "NOR", dir.resolve("e2.jsonl"), 0);
    assertEquals(1, r.n());
    assertEquals("lgl#1: StackOverflowError", r.skipped().get(0).toString());
  }

  @Test
  void evalCommandScoresTheRestAndCountsTheSkipped() throws Exception {
    Path set = Files.createDirectories(dir.resolve("data/eval/petrarch-unittest"));
    Files.writeString(set.resolve(PetrarchUnitTest.FILE), PETRARCH);
    var out = new java.io.ByteArrayOutputStream();
    var err = new java.io.ByteArrayOutputStream();
    var oldOut = System.out;
    var oldErr = System.err;
    int exit;
    try {
      System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      exit = org.dateline.cli.Main.run("eval", "petrarch-unittest", "--data", dir.resolve("data").toString(),
          "--out", dir.resolve("out").toString());
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    String stdout = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    String stderr = err.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, exit, stderr);
    String[] lines = stdout.strip().split("\n");
    JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertEquals(2, last.get("n").asInt(), stdout);
    assertEquals(3, last.get("skipped").asInt(), stdout);
    assertTrue(stderr.contains("petrarch-unittest: skipped " + set.resolve(PetrarchUnitTest.FILE) + ":12 (id NOTEXT-01): no <Text>"),
        stderr);
  }

  @Test
  void everyReaderSkipsAMalformedRecordAndReadsTheRest() throws Exception {
    List<Skipped> skipped = new ArrayList<>();
    Path conll = Files.writeString(dir.resolve("eng.testa"),
        "-DOCSTART- -X- O O\n\nOslo NNP I-NP I-LOC\nbroken\nwins VBZ I-VP O\n");
    var docs = org.dateline.eval.ner.ConllReader.read(conll, 0, skipped);
    assertEquals(1, docs.size());
    assertEquals("eng.testa:4: expected 'word ... tag', got: broken", skipped.get(0).toString());

    skipped.clear();
    var snippets = org.dateline.eval.events.Case2021.read(new java.io.BufferedReader(new java.io.StringReader(
        "id\tEventSnippet\tSubType\n1\tMarchers filled the square.\tPEACE_PROTEST\n2\tno type here\n")),
        "case.tsv", skipped);
    assertEquals(1, snippets.size());
    assertEquals("case.tsv:3: expected 3 columns, got 2", skipped.get(0).toString());

    skipped.clear();
    var classes = org.dateline.eval.events.Conflibert.readClasses(new java.io.BufferedReader(new java.io.StringReader(
        "Troops shelled the port.\t4\nA line without its label\n")), "test", "test.tsv", skipped);
    assertEquals(1, classes.size());
    assertEquals("test.tsv:2: no label column", skipped.get(0).toString());

    skipped.clear();
    var plover = org.dateline.eval.events.PloverGsr.read(new java.io.StringReader(
        "[{\"id\": \"a\", \"event\": \"PROTEST\", \"text\": \"Farmers marched on the capital.\"}, 42]"),
        "gsr.json", skipped);
    assertEquals(1, plover.size());
    assertEquals("gsr.json: record 2: not a JSON object: NUMBER", skipped.get(0).toString());

    skipped.clear();
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("bad.json"), "{\"id\": ");
    assertEquals(List.of(), org.dateline.eval.events.WikinewsGold.readDir(gold, skipped));
    assertTrue(skipped.get(0).toString().startsWith(gold.resolve("bad.json") + ": not a gold article"), skipped.toString());

    skipped.clear();
    Path tml = Files.createDirectories(dir.resolve("tml"));
    Files.writeString(tml.resolve("cut.tml"), "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\"");
    assertEquals(List.of(), org.dateline.eval.time.TimeMlReader.readAll(tml, 0, skipped));
    assertEquals(1, skipped.size());
    assertTrue(skipped.get(0).where().equals(tml.resolve("cut.tml").toString()), skipped.toString());
  }
}

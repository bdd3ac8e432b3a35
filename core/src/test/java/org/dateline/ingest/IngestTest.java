package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
  @TempDir Path dir;

  private final Ingest ingest = new Ingest(IngestOptions.defaults());

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private IngestItem.Failed onlyFailure(List<IngestItem> items) {
    assertEquals(1, items.size(), items.toString());
    return assertInstanceOf(IngestItem.Failed.class, items.get(0));
  }

  @Test
  void wireTextFile() throws IOException {
    Path p = write("a.txt", " date 2024-02-01 (Dateline Wire) -- Kenya and Uganda signed a border pact.");
    List<IngestItem> items = ingest.readAll(List.of(p.toString()));
    Article a = assertInstanceOf(IngestItem.Ok.class, items.get(0)).article();
    assertEquals("a", a.id());
    assertEquals(LocalDate.of(2024, 2, 1), a.date());
    assertEquals("Dateline Wire", a.source());
    assertTrue(a.text().startsWith("Kenya"));
  }

  @Test
  void emptyFileIsNamed() throws IOException {
    Path p = write("empty.txt", "");
    IngestItem.Failed f = onlyFailure(ingest.readAll(List.of(p.toString())));
    assertEquals("empty", f.reason());
    assertTrue(f.message().startsWith(p.toString()), f.message());
  }

  @Test
  void binaryFileIsRefused() throws IOException {
    Path p = dir.resolve("bin.dat");
    Files.write(p, new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3, (byte) 0xff});
    assertEquals("binary", onlyFailure(ingest.readAll(List.of(p.toString()))).reason());
  }

  @Test
  void latin1TextIsNotUtf8() throws IOException {
    Path p = dir.resolve("latin1.txt");
    Files.write(p, " date 2024-01-01 (X) -- Caf\u00e9 talks in Montr\u00e9al.".getBytes(StandardCharsets.ISO_8859_1));
    IngestItem.Failed f = onlyFailure(ingest.readAll(List.of(p.toString())));
    assertEquals("not UTF-8", f.reason());
    assertTrue(f.detail().contains("byte"), f.detail());
  }

  @Test
  void fileOverTheSizeLimit() throws IOException {
    Path p = write("big.txt", " date 2024-01-01 (X) -- " + "word ".repeat(100));
    Ingest small = new Ingest(new IngestOptions(null, null, 100));
    IngestItem.Failed f = onlyFailure(small.readAll(List.of(p.toString())));
    assertEquals("too large", f.reason());
    assertTrue(f.detail().contains("--max-bytes"));
  }

  @Test
  void plainTextNeedsADate() throws IOException {
    Path p = write("plain.txt", "The president visited the border town.");
    assertEquals("no date", onlyFailure(ingest.readAll(List.of(p.toString()))).reason());
    Ingest dated = new Ingest(new IngestOptions(LocalDate.of(2024, 5, 1), "Desk", IngestOptions.DEFAULT_MAX_BYTES));
    Article a = ((IngestItem.Ok) dated.readAll(List.of(p.toString())).get(0)).article();
    assertEquals(LocalDate.of(2024, 5, 1), a.date());
    assertEquals("Desk", a.source());
  }

  @Test
  void jsonLinesReportsBadLinesByNumberAndKeepsTheRest() throws IOException {
    Path p = write("feed.jsonl", String.join("\n",
        "{\"id\":\"one\",\"date\":\"2024-01-02\",\"source\":\"S\",\"text\":\"Chile and Peru met.\",\"section\":\"world\"}",
        "{\"id\":\"two\", \"date\": ",
        "{\"id\":\"three\",\"date\":\"2024-01-03\"}",
        "{\"id\":\"four\",\"text\":\"No date here.\"}",
        "{\"id\":\"five\",\"date\":\"2024-01-04\",\"text\":\"Ghana voted.\"}") + "\n");
    List<IngestItem> items = ingest.readAll(List.of(p.toString()));
    assertEquals(5, items.size());
    Article one = ((IngestItem.Ok) items.get(0)).article();
    assertEquals("one", one.id());
    assertEquals("world", one.extra().get("section"));
    IngestItem.Failed two = assertInstanceOf(IngestItem.Failed.class, items.get(1));
    assertEquals("invalid JSON", two.reason());
    assertTrue(two.message().contains("feed.jsonl:2") && two.message().contains("line 2"), two.message());
    assertEquals("no text", ((IngestItem.Failed) items.get(2)).reason());
    assertEquals("no date", ((IngestItem.Failed) items.get(3)).reason());
    assertEquals("five", ((IngestItem.Ok) items.get(4)).article().id());
  }

  @Test
  void htmlPageMainTextTitleAndDate() throws IOException {
    Path p = write("page.html", """
        <!DOCTYPE html><html><head><title>Site | Talks resume</title>
        <meta property="og:title" content="Talks resume">
        <meta property="article:published_time" content="2024-05-20T09:30:00Z">
        <meta property="og:site_name" content="Example News"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Talks resume</h1><p>OTTAWA — Canada and Mexico resumed trade talks on Monday.</p>
        <p>Officials said progress was made.</p></article>
        <footer><p>Copyright Example News. All rights reserved.</p></footer></body></html>""");
    Article a = ((IngestItem.Ok) ingest.readAll(List.of(p.toString())).get(0)).article();
    assertEquals("Talks resume", a.title());
    assertEquals(LocalDate.of(2024, 5, 20), a.date());
    assertEquals("Example News", a.source());
    assertEquals("OTTAWA", a.dateline().place());
    assertTrue(a.text().startsWith("Canada and Mexico"), a.text());
    assertTrue(a.text().contains("\n\nOfficials said"));
    assertTrue(!a.text().contains("Home") && !a.text().contains("Copyright"), a.text());
  }

  @Test
  void foldersAreReadRecursivelyWithoutHiddenFiles() throws IOException {
    write("f/a.txt", " date 2024-01-01 (X) -- One.");
    write("f/sub/b.txt", " date 2024-01-02 (X) -- Two.");
    write("f/.hidden/c.txt", " date 2024-01-03 (X) -- Three.");
    List<IngestItem> items = ingest.readAll(List.of(dir.resolve("f").toString()));
    assertEquals(List.of("a", "b"), items.stream().map(i -> ((IngestItem.Ok) i).article().id()).toList());
  }

  @Test
  void missingPathIsReported() {
    IngestItem.Failed f = onlyFailure(ingest.readAll(List.of(dir.resolve("nope.txt").toString())));
    assertEquals("not found", f.reason());
  }

  @Test
  void standardInput() {
    var in = new ByteArrayInputStream(" date 2024-01-01 (X) -- From a pipe.".getBytes(StandardCharsets.UTF_8));
    Ingest fromPipe = new Ingest(IngestOptions.defaults(), in);
    Article a = ((IngestItem.Ok) fromPipe.readAll(List.of("-")).get(0)).article();
    assertEquals("stdin", a.id());
    assertEquals("From a pipe.", a.text());
  }
}

package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire headers, HTML meta and JSON Lines read dates with the one reader: a date given in any form
 * it knows is read; one it cannot read fails the article naming the value, unless --date gives a
 * default.
 */
class UnreadableDatesTest {
  @TempDir Path dir;

  private final Ingest plain = new Ingest(new IngestOptions(null, null, IngestOptions.DEFAULT_MAX_BYTES));
  private final Ingest withDefault =
      new Ingest(new IngestOptions(LocalDate.of(2024, 5, 1), null, IngestOptions.DEFAULT_MAX_BYTES));

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static IngestItem only(Ingest ingest, Path p) {
    List<IngestItem> items = ingest.readAll(List.of(p.toString()));
    assertEquals(1, items.size());
    return items.get(0);
  }

  private static String html(String date) {
    return "<html><head><meta property=\"article:published_time\" content=\"" + date + "\"></head>"
        + "<body><article><p>Kenya and Uganda signed a border pact in Kampala.</p></article></body></html>";
  }

  @Test
  void realWorldFormsAreReadInEveryInput() throws IOException {
    Path wire = write("w.txt", " date Wed Nov 23, 2016 | 4:58pm EST (Desk) -- Kenya and Uganda signed a border pact.");
    assertEquals(LocalDate.of(2016, 11, 23), assertInstanceOf(IngestItem.Ok.class, only(plain, wire)).article().date());
    Path page = write("p.html", html("December 17, 2016 4:45:51 EST PM"));
    assertEquals(LocalDate.of(2016, 12, 17), assertInstanceOf(IngestItem.Ok.class, only(plain, page)).article().date());
    Path lines = write("j.jsonl", "{\"id\": \"j1\", \"date\": \"11/28/2016\", \"text\": \"Kenya and Uganda signed a pact.\"}\n");
    assertEquals(LocalDate.of(2016, 11, 28), assertInstanceOf(IngestItem.Ok.class, only(plain, lines)).article().date());
  }

  @Test
  void anUnreadableDateFailsNamingTheValueUnlessDateGivesADefault() throws IOException {
    Path wire = write("w.txt", " date 32 Smarch 2016 (Desk) -- Kenya and Uganda signed a border pact.");
    Path page = write("p.html", html("sometime in 2016"));
    Path lines = write("j.jsonl", "{\"id\": \"j1\", \"date\": \"soon\", \"text\": \"Kenya and Uganda signed a pact.\"}\n");
    for (Path p : List.of(wire, page, lines)) {
      IngestItem.Failed f = assertInstanceOf(IngestItem.Failed.class, only(plain, p));
      assertEquals("bad date", f.reason());
      assertTrue(f.message().contains(p.toString()), f.message());
      assertTrue(f.detail().contains("--date"), f.detail());
      assertEquals(LocalDate.of(2024, 5, 1),
          assertInstanceOf(IngestItem.Ok.class, only(withDefault, p)).article().date());
    }
    assertTrue(((IngestItem.Failed) only(plain, wire)).detail().contains("\"32 Smarch 2016\""));
    assertTrue(((IngestItem.Failed) only(plain, page)).detail().contains("\"sometime in 2016\""));
    assertTrue(((IngestItem.Failed) only(plain, lines)).detail().contains("\"soon\""));
  }
}

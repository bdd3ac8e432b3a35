package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading inputs a crawler may bring: each is read or fails with a reason, and the next is read. */
class HostileReadingTest {
  private static final IngestOptions OPTIONS = new IngestOptions(LocalDate.of(2025, 1, 1), null, 1000);
  private static final String TEXT = "Kenya and Uganda signed a trade deal in Kampala on Monday.";

  @Test
  void utf16WithAByteOrderMarkIsRead() {
    for (boolean big : new boolean[] {true, false}) {
      byte[] bom = big ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
      byte[] body = TEXT.getBytes(big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
      byte[] all = new byte[bom.length + body.length];
      System.arraycopy(bom, 0, all, 0, 2);
      System.arraycopy(body, 0, all, 2, body.length);
      IngestItem item = new Ingest(OPTIONS).document("u16.txt", "u16.txt", all);
      assertEquals(TEXT, assertInstanceOf(IngestItem.Ok.class, item).article().text());
    }
  }

  @Test
  void aJsonLineOverTheLimitFailsWithItsNumberAndTheNextIsRead() throws Exception {
    String big = "{\"date\":\"2025-01-01\",\"text\":\"" + "x".repeat(5000) + "\"}";
    String good = "{\"date\":\"2025-01-02\",\"text\":\"" + TEXT + "\"}";
    List<IngestItem> items = new ArrayList<>();
    new JsonLinesReader(OPTIONS).read(new ByteArrayInputStream((big + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8)),
        "feed.jsonl", "feed", items::add);
    assertEquals(2, items.size());
    IngestItem.Failed f = assertInstanceOf(IngestItem.Failed.class, items.get(0));
    assertEquals("feed.jsonl:1", f.input());
    assertEquals("too large", f.reason());
    assertTrue(f.detail().startsWith("line 1: record of 5031 bytes is over the limit of 1000 bytes"), f.detail());
    assertEquals(TEXT, assertInstanceOf(IngestItem.Ok.class, items.get(1)).article().text());
  }

  @Test
  void deeplyNestedAndParagraphHeavyPagesAreRead() {
    IngestOptions roomy = new IngestOptions(LocalDate.of(2025, 1, 1), null, IngestOptions.DEFAULT_MAX_BYTES);
    for (String tag : List.of("div", "li", "blockquote", "p")) {
      String html = "<html><body>" + ("<" + tag + ">").repeat(10_000) + TEXT + ("</" + tag + ">").repeat(10_000)
          + "</body></html>";
      IngestItem item = new Ingest(roomy).document("deep.html", "deep.html", html.getBytes(StandardCharsets.UTF_8));
      assertTrue(assertInstanceOf(IngestItem.Ok.class, item).article().text().contains("Kampala"), tag);
    }
  }

  @Test
  void aPageOfOnlyScriptsFailsWithAReason() {
    String html = "<html><head><script>var a=1;</script></head><body><script>document.write('x')</script></body></html>";
    IngestItem item = new Ingest(OPTIONS).document("s.html", "s.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals("no text", assertInstanceOf(IngestItem.Failed.class, item).reason());
  }
}

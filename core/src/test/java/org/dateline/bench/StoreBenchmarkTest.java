package org.dateline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.output.ArticleJson;
import org.dateline.store.Docs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store benchmark on a real DuckDB file made from hand-coded records. */
class StoreBenchmarkTest {
  @TempDir Path dir;

  @Test
  void loadsRecordsAndTimesEachQuestionBesideItsScan() throws Exception {
    var london = Docs.place("London", "GBR", 51.5, -0.12);
    List<String> lines = new ArrayList<>();
    String[][] rows = {
        {"u1", "1987-03-02", "US and Chinese officials discussed textile quotas in Beijing.", "USA", "CHN", "040"},
        {"u2", "1987-03-09", "China criticised the United States over new tariffs on steel.", "CHN", "USA", "111"},
        {"g1", "1987-04-01", "British troops clashed with gunmen near the border on Wednesday.", "GBRMIL", "IRL", "190"},
        {"j1", "1987-05-05", "Japan urged Britain to open its insurance market to foreign firms.", "JPN", "GBR", "020"}};
    for (String[] r : rows) {
      var ev = Docs.event(r[3], r[4], r[5], r[1], r[0].equals("g1") ? london : null, r[2]);
      lines.add(ArticleJson.line(Docs.doc(r[0], r[1], "Wire", r[2], ev)));
    }
    lines.add("{\"id\": \"bad\"}");
    Path coded = dir.resolve("coded.jsonl");
    Files.write(coded, lines);
    var result = StoreBenchmark.run(new StoreBenchmark.Options(List.of(coded.toString()), dir.resolve("b.db"), 2, 3));
    assertEquals(4, result.load().records());
    assertEquals(1, result.load().failed());
    assertEquals(4, result.load().articles());
    assertEquals(4, result.load().mentions());
    assertTrue(result.load().dbBytes() > 0 && result.load().rawSeconds() > 0);
    Map<String, StoreBenchmark.Timing> byName = result.queries().stream()
        .collect(Collectors.toMap(StoreBenchmark.Timing::name, t -> t));
    assertEquals(2, byName.get("dyad").rows());
    assertEquals(2L, byName.get("dyad").scanRows());
    assertEquals(2, byName.get("actor").rows()); // Britain as actor in g1 (GBRMIL) and j1
    assertEquals(1, byName.get("root+dates").rows());
    assertEquals(1, byName.get("near").rows());
    assertEquals(1L, byName.get("near").scanRows());
    assertEquals(1, byName.get("event").rows());
    assertNull(byName.get("event").scanMillis());
    assertNotNull(byName.get("article").scanMillis());
    String md = StoreBenchReport.markdown(result);
    assertTrue(md.contains("| dyad: US-China events"), md);
  }
}

package org.dateline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.Test;

/** The corpus readers on the real files, and corpus lookup by name and path. */
class CorpusSmokeTest {
  @Test
  void reutersBodiesDatesAndTitles() throws Exception {
    List<Article> a = ReutersReader.read(Shared.require("corpora/reuters-21578"), 5);
    assertEquals(5, a.size());
    Article first = a.get(0);
    assertEquals("reuters-1", first.id());
    assertEquals(LocalDate.of(1987, 2, 26), first.date());
    assertEquals("BAHIA COCOA REVIEW", first.title());
    assertTrue(first.text().startsWith("Showers continued throughout the week"), first.text());
    for (Article x : a) assertTrue(x.text().chars().noneMatch(c -> c < 32 && c != '\n' && c != '\t'), x.id());
  }

  @Test
  void reutersHasOneArticlePerBody() throws Exception {
    // PROVENANCE.txt: 21,578 stories, 19,043 with a BODY.
    List<Article> all = ReutersReader.read(Shared.require("corpora/reuters-21578"), 0);
    assertEquals(19043, all.size());
    assertTrue(all.stream().allMatch(x -> x.date() != null && x.date().getYear() == 1987));
  }

  @Test
  void reutersDateWithWireCodes() {
    assertEquals(LocalDate.of(1987, 3, 27), ReutersReader.date("27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM"));
    assertEquals(LocalDate.of(1987, 3, 3), ReutersReader.date("  3-MAR-1987 00:43:42.82"));
    assertEquals("a < b & c", ReutersReader.decode("a &lt; b &amp; c&#3;"));
  }

  @Test
  void bbcTitleFirstLineAndFixedDate() throws Exception {
    List<Article> all = BbcReader.read(Shared.require("corpora/bbc-news-2225"), 0);
    assertEquals(2225, all.size());
    Article first = all.get(0);
    assertEquals("bbc-business-001", first.id());
    assertNotNull(first.title());
    assertFalse(first.text().startsWith(first.title()));
    assertEquals(BbcReader.DATE, first.date());
  }

  @Test
  void indiaPoliceEventsDatesAndText() throws Exception {
    List<Article> all = IndiaPoliceReader.read(Shared.require("corpora/india-police-events"), 0);
    assertEquals(1257, all.size());
    Article first = all.get(0);
    assertEquals("ipe-11", first.id());
    assertEquals(LocalDate.of(2002, 3, 10), first.date());
    assertTrue(first.url().startsWith("http"));
  }

  @Test
  void knownCorpusByNameAndByFolder() throws Exception {
    Path shared = Shared.require("corpora/bbc-news-2225").getParent().getParent();
    Corpus byName = Corpus.read(List.of("bbc-news-2225"), shared, 4);
    assertEquals("bbc-news-2225", byName.name());
    assertEquals(4, byName.articles().size());
    Corpus byPath = Corpus.read(List.of(shared.resolve("corpora/india-police-events").toString()), null, 2);
    assertEquals(2, byPath.articles().size());
    assertEquals("ipe-11", byPath.articles().get(0).id());
  }

  @Test
  void otherPathsGoThroughIngest() throws Exception {
    Path samples = Shared.root().resolve("samples");
    Corpus c = Corpus.read(List.of(samples.toString()), null, 5);
    assertEquals(5, c.articles().size());
    assertTrue(c.skipped().isEmpty(), c.skipped().toString());
  }
}

package org.dateline.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.Test;

/** The readers on the real gold files under ../shared/eval; skipped when that folder is absent. */
class EventSetsSharedTest {
  private static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
      "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
      "ASSAULT");

  @Test
  void wikinewsEvents() throws IOException {
    Path gold = Shared.require("eval/wikinews-events-2019/" + WikinewsEvaluation.GOLD);
    List<WikinewsGold.Article> articles = WikinewsGold.readDir(gold, new java.util.ArrayList<>());
    assertEquals(64, articles.size());
    assertEquals(613, articles.stream().mapToInt(a -> a.events().size()).sum());
    Map<String, org.dateline.model.Article> texts =
        WikinewsEvaluation.articles(gold.resolveSibling(WikinewsEvaluation.ARTICLES));
    assertEquals(171, texts.size());
    // Every gold sentence is found in the text as `dateline code` reads it, but the three first
    // mentions that are the title (README); every same_as link leads to a mention of the article.
    int titles = 0;
    for (WikinewsGold.Article a : articles) {
      org.dateline.model.Article text = texts.get(a.id());
      assertNotNull(text, a.id());
      Set<String> keys = a.events().stream().map(WikinewsGold.Mention::key).collect(Collectors.toSet());
      for (WikinewsGold.Mention m : a.events()) {
        if (ArticleEventScore.span(text.text(), m.sentence()) == null) {
          assertEquals(text.title(), m.sentence(), a.id() + " " + m.key());
          titles++;
        }
        assertTrue(m.sameAs() == null || keys.contains(m.sameAs()), a.id() + " " + m.key());
      }
    }
    assertEquals(3, titles);
  }

  @Test
  void ploverGsr() throws IOException {
    List<PloverGsr.Item> items = PloverGsr.read(Shared.require("eval/plover-gsr-cameo/" + PloverGsr.FILE), new java.util.ArrayList<>());
    assertEquals(322, items.size());
    assertEquals("PLOVER-GSR01-AGREE-0001", items.get(0).id());
    assertEquals(List.of("HUN", "ROU"), items.get(0).event().source().stream().map(GoldActor::code).toList());
    assertEquals(items.size(), items.stream().map(PloverGsr.Item::id).distinct().count());
    for (PloverGsr.Item i : items) assertTrue(PLOVER_TYPES.contains(i.event().plover()), i.id());
    assertTrue(PloverGsrEvaluation.bySentence(items).size() < items.size());
  }

  @Test
  void petrarchUnitTest() throws IOException {
    List<PetrarchUnitTest.Item> items = PetrarchUnitTest.read(
        Shared.require("eval/petrarch-unittest/" + PetrarchUnitTest.FILE), new java.util.ArrayList<>());
    assertEquals(284, items.size());
    assertEquals("DEMO-00", items.get(0).id());
    assertEquals(List.of(new PetrarchUnitTest.Coding("ARN", "GON", "064")), items.get(0).codings());
    // The text is unwrapped: the file breaks it over lines.
    assertFalse(items.get(0).text().contains("\n") || items.get(0).text().contains("  "));
    // 385 EventCoding elements: 359 codings, 19 "noevents" and 7 "error" markers.
    assertEquals(359, items.stream().mapToInt(i -> i.codings().size()).sum());
    assertEquals(7, items.stream().filter(i -> i.error() != null).count());
  }

  @Test
  void conflibert() throws IOException {
    Path dir = Shared.require("eval/conflibert-cameo/cameo_class");
    List<Conflibert.Labelled> test = Conflibert.readClasses(dir.resolve("test.tsv"), "test", new java.util.ArrayList<>());
    assertEquals(451, test.size());
    assertEquals(Set.of("0", "1", "2", "3", "4"),
        test.stream().map(Conflibert.Labelled::label).collect(Collectors.toSet()));
    assertFalse(test.get(0).text().endsWith("\r"));

    List<Conflibert.Tagged> tagged = Conflibert.readTagged(
        Shared.require("eval/conflibert-cameo/cameo_ner/test.txt"));
    assertEquals(451, tagged.size());
    List<Conflibert.Span> first = tagged.get(0).spans();
    Conflibert.Span s0 = first.get(0);
    assertEquals("S", s0.role());
    assertEquals(String.join(" ", tagged.get(0).tokens().subList(s0.start(), s0.end())), s0.text());
    // The class and tagged test files hold the same sentences in the same order.
    assertEquals(test.get(1).text().replace(" ", ""), String.join("", tagged.get(1).tokens()));
    long sources = tagged.stream().flatMap(t -> t.spans().stream()).filter(s -> s.role().equals("S")).count();
    assertEquals(409, sources);
  }

  @Test
  void case2021() throws IOException {
    List<Case2021.Snippet> s = Case2021.read(Shared.require("eval/case2021-task2-finegrained/" + Case2021.FILE), new java.util.ArrayList<>());
    assertEquals(1019, s.size());
    assertEquals("1", s.get(0).id());
    assertEquals("AIR_STRIKE", s.get(0).type());
    for (Case2021.Snippet x : s) assertNotNull(Case2021.mapping(x.type()), x.type());
  }
}

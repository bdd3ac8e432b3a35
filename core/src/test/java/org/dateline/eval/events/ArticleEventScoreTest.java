package org.dateline.eval.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.eval.events.ArticleEventScore.Input;
import org.dateline.eval.events.ArticleEventScore.Level;
import org.dateline.eval.events.ArticleEventScore.Outcome;
import org.dateline.eval.events.WikinewsGold.Mention;
import org.dateline.eval.events.WikinewsGold.Party;
import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.Evidence;
import org.dateline.model.Plover;
import org.junit.jupiter.api.Test;

/** The article-level scorer of wikinews-events-2019 on small hand-made gold and produced events. */
class ArticleEventScoreTest {
  private static final double EPS = 1e-9;

  // Invented events; the second sentence has two spaces where its gold copy has one.
  private static final String S1 = "Arnor's army shelled the border town of Bree on Monday.";
  private static final String S2 = "The governments of Arnor and Gondor  agreed to hold talks.";
  private static final String S3 = "Gondor's king had visited Bree in 2015.";
  private static final String TEXT = S1 + " " + S2 + " " + S3;
  private static final int AT1 = 0;
  private static final int AT2 = TEXT.indexOf("The governments");
  private static final int AT3 = TEXT.indexOf("Gondor's king");

  private static final Party ARN_MIL = new Party("Arnor's army", "ARN", "MIL", null);
  private static final Party ARN_GOV = new Party("Arnor", "ARN", "GOV", null);
  private static final Party GON_GOV = new Party("Gondor", "GON", "GOV", null);

  private static Mention mention(String key, String sentence, String cameo, List<Party> source, List<Party> target,
                                 boolean mutual, String status, String sameAs) {
    return new Mention(key, sentence, null, cameo, source, target, mutual, status, sameAs);
  }

  private static Mention asserted(String key, String sentence, String cameo, Party source, Party target) {
    return mention(key, sentence, cameo, source == null ? List.of() : List.of(source),
        target == null ? List.of() : List.of(target), false, "asserted", null);
  }

  private static Actor actor(String code, String country, String sector) {
    return new Actor(code, null, code, country, sector, null);
  }

  private static final Actor P_ARN_MIL = actor("ARNMIL", "ARN", "MIL");
  private static final Actor P_ARN_GOV = actor("ARNGOV", "ARN", "GOV");
  private static final Actor P_GON_GOV = actor("GONGOV", "GON", "GOV");

  private static Event produced(String cameo, int start, Actor source, Actor target, boolean negated, String modality) {
    return new Event("e", source == null ? List.of() : List.of(source), target == null ? List.of() : List.of(target),
        cameo, 4, -5.0, new Plover("ASSAULT", null, null), "2019-01-01", null, null, negated, modality,
        new Evidence(0, start, start + 5, TEXT.substring(start, start + 5), "x"), 0.8);
  }

  private static Event produced(String cameo, int start, Actor source, Actor target) {
    return produced(cameo, start, source, target, false, null);
  }

  private static Input input(List<Mention> gold, Event... produced) {
    return new Input(TEXT, new WikinewsGold.Article("a1", "Title", gold), List.of(produced));
  }

  private static int tp(Input in, Level level) {
    return ArticleEventScore.score(in, level, false).truePositives();
  }

  @Test
  void matchesWhenEvidenceStartsInTheGoldSentenceWithTheSameRoot() {
    List<Mention> gold = List.of(asserted("shelling", S1, "195", ARN_MIL, null));
    assertEquals(1, tp(input(gold, produced("190", AT1 + 8, P_ARN_MIL, null)), Level.TYPE));
    // another root, another sentence, or a start just past the sentence does not match
    assertEquals(0, tp(input(gold, produced("173", AT1 + 8, P_ARN_MIL, null)), Level.TYPE));
    assertEquals(0, tp(input(gold, produced("190", AT2, P_ARN_MIL, null)), Level.TYPE));
    assertEquals(0, tp(input(gold, produced("190", S1.length(), P_ARN_MIL, null)), Level.TYPE));
    assertEquals(1, tp(input(gold, produced("190", S1.length() - 1, P_ARN_MIL, null)), Level.TYPE));
  }

  @Test
  void sentenceIsFoundAcrossOtherWhitespaceAndATitleIsNot() {
    // a match of 60 characters or fewer ends where the gold sentence's own length says
    assertArrayEquals(new int[] {AT2, AT2 + S2.length() - 1},
        ArticleEventScore.span(TEXT, S2.replace("  ", " ")));
    // (the length as given, spaces around it included)
    assertArrayEquals(new int[] {AT1, AT1 + S1.length() + 2}, ArticleEventScore.span(TEXT, " " + S1 + " "));
    assertNull(ArticleEventScore.span(TEXT, "Arnor and Gondor to talk"));
    // a sentence whose end differs from the text is found by its first 60 characters
    String longer = S2.replace("  ", " ") + " " + S3.substring(0, 10) + " (changed)";
    int[] span = ArticleEventScore.span(TEXT, longer);
    assertEquals(AT2, span[0]);
    // that match spans 61 characters of the text (the double space): over 60, so it ends there
    assertEquals(AT2 + 61, span[1]);
  }

  @Test
  void oneGoldMentionTakesOneProducedEvent() {
    Input in = input(List.of(asserted("shelling", S1, "190", ARN_MIL, null)),
        produced("190", AT1, P_ARN_MIL, null), produced("195", AT1 + 8, P_ARN_MIL, null));
    Outcome o = ArticleEventScore.score(in, Level.TYPE, false);
    assertArrayEquals(new int[] {0, -1}, o.matchedTo());
    assertEquals(1, o.found().size());
  }

  @Test
  void aSameAsChainIsOneEventFoundThroughAnyMention() {
    List<Mention> gold = List.of(
        mention("talks", "Arnor and Gondor to talk", "036", List.of(ARN_GOV), List.of(GON_GOV), true, "asserted", null),
        mention("talks2", S2.replace("  ", " "), "036", List.of(ARN_GOV), List.of(GON_GOV), true, "asserted", "talks"),
        mention("talks3", S3, "036", List.of(), List.of(), false, "asserted", "talks2"));
    assertArrayEquals(new String[] {"talks", "talks", "talks"}, ArticleEventScore.units(gold));
    Input in = input(gold, produced("036", AT2 + 4, P_ARN_GOV, P_GON_GOV), produced("036", AT3, P_GON_GOV, null));
    Outcome o = ArticleEventScore.score(in, Level.DYAD, false);
    assertEquals(2, o.truePositives());
    assertEquals(1, o.newsUnits().size());
    assertEquals(1, o.found().size());
    // the title mention cannot be matched; recall still counts its chain once
    Map<String, Double> m = tally(in);
    assertEquals(1.0, m.get("dyad_p"), EPS);
    assertEquals(1.0, m.get("dyad_r"), EPS);
    assertEquals(1.0, m.get("gold_events"), EPS);
  }

  @Test
  void mutualEventsTakeThePartiesOnEitherSide() {
    Mention mutual = mention("agree", S2, "03", List.of(ARN_GOV), List.of(GON_GOV), true, "asserted", null);
    Mention directed = mention("agree", S2, "03", List.of(ARN_GOV), List.of(GON_GOV), false, "asserted", null);
    Event crossed = produced("036", AT2, P_GON_GOV, P_ARN_GOV);
    assertEquals(1, tp(input(List.of(mutual), crossed), Level.DYAD));
    assertEquals(0, tp(input(List.of(directed), crossed), Level.DYAD));
    assertEquals(0, tp(input(List.of(directed), crossed), Level.SOURCE));
    // at source level a mutual event takes either party from either produced side
    assertEquals(1, tp(input(List.of(mutual), produced("036", AT2, null, P_GON_GOV)), Level.SOURCE));
    assertEquals(0, tp(input(List.of(mutual), produced("036", AT2, null, actor("ROHGOV", "ROH", "GOV"))), Level.SOURCE));
  }

  @Test
  void anEmptyGoldSideAsksNothing() {
    List<Mention> gold = List.of(asserted("shelling", S1, "190", ARN_MIL, null));
    assertEquals(1, tp(input(gold, produced("190", AT1, P_ARN_MIL, P_GON_GOV)), Level.DYAD));
    assertEquals(0, tp(input(gold, produced("190", AT1, P_GON_GOV, null)), Level.DYAD));
    List<Mention> noSource = List.of(asserted("shelling", S1, "190", null, null));
    assertEquals(1, tp(input(noSource, produced("190", AT1, null, null)), Level.DYAD));
  }

  @Test
  void actorsAgreeByOrgThenCountryThenSector() {
    Party nato = new Party("NATO", null, "IGO", "NATO");
    assertTrue(ArticleEventScore.agrees(nato, actor("NATOMIL", null, "MIL"), false));
    assertTrue(!ArticleEventScore.agrees(nato, actor("IGOEUR", null, "IGO"), false));
    // the org decides even when a country is given
    Party unInArnor = new Party("UN mission", "ARN", null, "UNO");
    assertTrue(!ArticleEventScore.agrees(unInArnor, P_ARN_GOV, false));
    assertTrue(ArticleEventScore.agrees(unInArnor, actor("IGOUNO", null, "IGO"), false));
    // country level ignores the sector, the sector variant asks it when the gold has one
    assertTrue(ArticleEventScore.agrees(ARN_GOV, P_ARN_MIL, false));
    assertTrue(!ArticleEventScore.agrees(ARN_GOV, P_ARN_MIL, true));
    assertTrue(ArticleEventScore.agrees(new Party("Arnor", "ARN", null, null), P_ARN_MIL, true));
    // a gold actor with a sector only: by sector, or a code ending in it
    Party rebels = new Party("rebels", null, "REB", null);
    assertTrue(ArticleEventScore.agrees(rebels, actor("REB", null, "REB"), false));
    assertTrue(ArticleEventScore.agrees(rebels, actor("ARNREB", "ARN", null), false));
    assertTrue(!ArticleEventScore.agrees(rebels, P_ARN_MIL, false));
    // nothing coded in the gold: anyone agrees
    assertTrue(ArticleEventScore.agrees(new Party("they", null, null, null), P_GON_GOV, false));
  }

  @Test
  void anEventMatchingOnlyNonNewsGoldIsWrong() {
    Mention background = mention("visit", S3, "042", List.of(GON_GOV), List.of(), false, "background", null);
    Outcome o = ArticleEventScore.score(input(List.of(background), produced("042", AT3, P_GON_GOV, null)),
        Level.TYPE, false);
    assertEquals(0, o.truePositives());
    assertTrue(o.fitsNonNews()[0]);
    assertEquals(0, o.newsUnits().size());
    Map<String, Double> m = tally(input(List.of(background), produced("042", AT3, P_GON_GOV, null)));
    assertEquals(1.0, m.get("produced_events"), EPS);
    assertEquals(0.0, m.get("gold_events"), EPS);
    assertEquals(0.0, m.get("type_p"), EPS);
    // intent is news
    Mention intent = mention("visit", S3, "042", List.of(GON_GOV), List.of(), false, "intent", null);
    assertEquals(1, tp(input(List.of(intent), produced("042", AT3, P_GON_GOV, null)), Level.TYPE));
  }

  @Test
  void producedEventsThatAreNotNewsAreNotCounted() {
    List<Mention> gold = List.of(asserted("shelling", S1, "190", ARN_MIL, null));
    List<Event> notNews = new ArrayList<>();
    notNews.add(produced("190", AT1, P_ARN_MIL, null, true, null));
    for (String m : List.of("background", "hypothetical", "conditional", "future")) {
      notNews.add(produced("190", AT1, P_ARN_MIL, null, false, m));
    }
    Map<String, Double> none = tally(input(gold, notNews.toArray(Event[]::new)));
    assertEquals(0.0, none.get("produced_events"), EPS);
    assertEquals(5.0, none.get("produced_events_all"), EPS);
    assertEquals(0.0, none.get("type_r"), EPS);
    for (String m : List.of("intent", "reported")) {
      assertEquals(1, tp(input(gold, produced("190", AT1, P_ARN_MIL, null, false, m)), Level.TYPE), m);
    }
  }

  @Test
  void tallyGivesExactFiguresForBothVariants() {
    List<Mention> gold = List.of(
        asserted("shelling", S1, "190", ARN_MIL, new Party("Bree", "ARN", "CVL", null)),
        mention("talks", S2, "036", List.of(ARN_GOV), List.of(GON_GOV), true, "asserted", null),
        mention("visit", S3, "042", List.of(GON_GOV), List.of(), false, "background", null));
    Input in = input(gold,
        produced("190", AT1, P_ARN_GOV, P_ARN_MIL),    // dyad at country level, wrong sectors
        produced("036", AT2, P_GON_GOV, null),         // source right, no target
        produced("042", AT3, P_GON_GOV, null),         // background in gold: wrong
        produced("010", AT3, null, null));             // no gold of that root
    Map<String, Double> m = tally(in);
    // 4 produced news events, 2 gold news events
    assertEquals(0.5, m.get("type_p"), EPS);
    assertEquals(1.0, m.get("type_r"), EPS);
    assertEquals(2 * 0.5 / 1.5, m.get("type_f1"), EPS);
    assertEquals(0.5, m.get("source_p"), EPS);
    assertEquals(0.25, m.get("dyad_p"), EPS);
    assertEquals(0.5, m.get("dyad_r"), EPS);
    assertEquals(0.25, m.get("source_p_sector"), EPS);
    assertEquals(0.5, m.get("source_r_sector"), EPS);
    assertEquals(0.0, m.get("dyad_p_sector"), EPS);
    assertEquals(0.0, m.get("dyad_f1_sector"), EPS);
    assertEquals(0.75, m.get("with_source"), EPS);
    assertEquals(0.25, m.get("both_sides"), EPS);
    assertEquals(4.0, m.get("events_per_article"), EPS);
  }

  private static Map<String, Double> tally(Input in) {
    ArticleEventScore.Tally t = new ArticleEventScore.Tally();
    t.add(in);
    return t.metrics();
  }

  @Test
  void aDateAgreesWhenEqualOrWithinTheGoldsMonth() {
    assertTrue(ArticleEventScore.Tally.sameDate("2019-10-31", "2019-10-31"));
    assertTrue(ArticleEventScore.Tally.sameDate("2019-10", "2019-10-31"));
    assertTrue(ArticleEventScore.Tally.sameDate("2019", "2019-03-02"));
    assertTrue(!ArticleEventScore.Tally.sameDate("2019-10-30", "2019-10-31"));
    assertTrue(!ArticleEventScore.Tally.sameDate("2019-10", "2019-11-01"));
    assertTrue(!ArticleEventScore.Tally.sameDate("2019-10", "2019-W44"));
    assertTrue(!ArticleEventScore.Tally.sameDate("2019-10-31", null));
  }
}

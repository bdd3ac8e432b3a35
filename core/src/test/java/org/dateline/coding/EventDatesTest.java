package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Event dates from the event's own clause, else the story's day for what the story tells in the past. */
class EventDatesTest {
  @Test
  void aDayInTheClauseDatesTheEvent() {
    Coded c = Coded.of("On Wednesday, Turkey began a military offensive in northern Syria.", "2019-10-12");
    assertEquals("2019-10-09", c.root("19").get(0).date(), c.describe());
  }

  @Test
  void yesterdayAfternoonIsYesterday() {
    Coded c = Coded.of("Yesterday afternoon, Chilean police arrested twelve protesters in Santiago.", "2019-11-05");
    assertEquals("2019-11-04", c.trigger("arrested").date(), c.describe());
  }

  @Test
  void laterSentencesOfTheStoryKeepItsDay() {
    Coded c = Coded.of("On Monday, Kenyan police arrested four opposition lawmakers in Nairobi. "
        + "The police also detained a Kenyan journalist.", "2019-06-06");
    assertEquals("2019-06-03", c.trigger("detained").date(), c.describe());
  }

  @Test
  void aClockTimeOrAPartOfTheDayKeepsTheStorysDay() {
    Coded c = Coded.of("On Monday, Kenyan police arrested four opposition lawmakers in Nairobi. "
        + "The raid began at 0530 GMT. Police detained two more activists later that evening. "
        + "Officers also raided the party offices at about 9:45 p.m.", "2019-06-06");
    assertEquals("2019-06-03", c.trigger("detained").date(), c.describe());
    assertEquals("2019-06-03", c.trigger("raided").date(), c.describe());
  }

  @Test
  void aWeekdayToldInThePastIsTheLastOne() {
    Coded c = Coded.of("By Sunday afternoon, Kenyan police arrested four opposition lawmakers.", "2019-08-08");
    assertEquals("2019-08-04", c.trigger("arrested").date(), c.describe());
    Coded f = Coded.of("The Kenyan president will visit Uganda on Sunday afternoon.", "2019-08-08");
    assertEquals("2019-08-11", f.trigger("visit").date(), f.describe());
  }

  @Test
  void aMeetingDatedByItsOwnWordsAfterTheArticleIsStillToCome() {
    Coded c = Coded.of("The May 11-13 meeting of African finance ministers has taken on added significance.", "2024-04-20");
    assertEquals(org.dateline.model.Event.FUTURE, c.trigger("meeting").modality(), c.describe());
    Coded before = Coded.of("The Ghanaian minister spoke before hosting a meeting of West African finance ministers this weekend.",
        "2024-04-15");
    assertEquals(org.dateline.model.Event.FUTURE, before.trigger("hosting").modality(), before.describe());
  }

  @Test
  void aWeekdayToldInThePresentOrFutureIsTheNextOne() {
    // the article of a Thursday: the time tagger puts "Monday" in the article's own week
    Coded c = Coded.of("The Ghanaian foreign minister meets the Chinese ambassador in Accra on Monday.", "2024-03-14");
    assertEquals("2024-03-18", c.trigger("meets").date(), c.describe());
    assertEquals(org.dateline.model.Event.FUTURE, c.trigger("meets").modality(), c.describe());
    Coded will = Coded.of("The president of Ghana will visit Togo on Tuesday.", "2024-03-14");
    assertEquals("2024-03-19", will.trigger("visit").date(), will.describe());
    Coded past = Coded.of("The Ghanaian foreign minister met the Chinese ambassador in Accra on Monday.", "2024-03-14");
    assertEquals("2024-03-11", past.trigger("met").date(), past.describe());
    assertEquals(null, past.trigger("met").modality(), past.describe());
  }

  @Test
  void whatHoldsUpToNowIsDatedByTheArticle() {
    Coded c = Coded.of("On Monday, Kenyan police arrested four opposition lawmakers in Nairobi. "
        + "Kenya has accused Somalia of backing the protests.", "2019-06-06");
    assertEquals("2019-06-06", c.trigger("accused").date(), c.describe());
  }

  @Test
  void aDayLongBeforeTheArticleIsNotTheStorysDay() {
    Coded c = Coded.of("The treaty was signed on 3 March 2001. Peru expelled the Chilean ambassador.", "2019-06-06");
    assertEquals("2019-06-06", c.trigger("expelled").date(), c.describe());
  }

  @Test
  void anEventDatedInAnEarlierYearOrMonthIsBackground() {
    Coded c = Coded.of("Ecuadorian police arrested the former minister on Tuesday. The same court had cleared him "
        + "once before. Police also arrested his brother in March 2017, and the army detained two of his aides in 2015.",
        "2019-06-06");
    assertEquals(null, c.trigger("arrested").modality(), c.describe());
    assertEquals("background", c.doc.events().stream().filter(e -> e.date().equals("2017-03")).findFirst()
        .orElseThrow(() -> new AssertionError(c.describe())).modality(), c.describe());
    assertEquals("background", c.trigger("detained").modality(), c.describe());
  }

  @Test
  void aDayWithinTheWeekOrAPeriodHoldingTheArticlesDayIsNews() {
    Coded c = Coded.of("On Monday, Bolivian soldiers detained six miners near Oruro.", "2019-06-06");
    assertEquals(null, c.trigger("detained").modality(), c.describe());
    Coded week = Coded.of("Bolivia expelled two Peruvian diplomats earlier this week, the foreign ministry said.", "2019-06-06");
    assertNotEquals("background", week.trigger("expelled").modality(), week.describe());
  }

  @Test
  void lastWeekAndLastMonthAreBeforeTheStory() {
    Coded month = Coded.of("Bolivia expelled two Peruvian diplomats last month, the foreign ministry said.", "2019-06-06");
    assertEquals("background", month.trigger("expelled").modality(), month.describe());
    Coded week = Coded.of("Chilean police arrested a union leader last week. On Tuesday, Chilean miners marched in Santiago.",
        "2019-06-06");
    assertEquals("background", week.trigger("arrested").modality(), week.describe());
    assertEquals(null, week.trigger("marched").modality(), week.describe());
  }

  @Test
  void aSpanBegunEarlierDoesNotDateTheAct() {
    Coded c = Coded.of("Ecuador has granted asylum to three Colombian soldiers since last month's border clash.", "2019-06-06");
    assertNotEquals("background", c.trigger("granted").modality(), c.describe());
  }

  @Test
  void theSameDayAndTheNextAreTheStorysDay() {
    Coded c = Coded.of("On Friday, the Kenyan parliament passed the budget. "
        + "On the same day, the Kenyan finance minister resigned. "
        + "The next day, the opposition criticised the Kenyan president.", "2019-10-14");
    assertEquals("2019-10-11", c.trigger("resigned").date(), c.describe());
    assertEquals("2019-10-12", c.trigger("criticised").date(), c.describe());
  }

  @Test
  void aClockTimeNamesNoDay() {
    Coded c = Coded.of("On Saturday, gunmen attacked a market in Maiduguri, Nigeria. "
        + "Nigerian soldiers arrested two of the gunmen at 10:30 a.m. local time.", "2019-10-14");
    assertEquals("2019-10-12", c.trigger("arrested").date(), c.describe());
  }

  @Test
  void aNounDeepInItsClauseTakesTheClausesDay() {
    Coded c = Coded.of("On Friday, the House of Representatives issued a subpoena to the Secretary of State "
        + "as part of its investigation into the president.", "2019-09-30");
    assertEquals("2019-09-27", c.trigger("investigation").date(), c.describe());
  }

  @Test
  void aTitleNamesNoEvent() {
    Coded c = Coded.of("Kurt Volker, the American special envoy for Ukraine negotiations, resigned on Friday.", "2019-09-30");
    assertTrue(c.root("04").isEmpty(), c.describe());
  }

  @Test
  void aYearOnANounInsideAnotherNounDatesThatNounOnly() {
    Coded c = Coded.of("Kenya gave a grant to survivors of the 2007 election violence on Monday.", "2024-03-12");
    assertTrue(c.trigger("gave").isNews(), c.describe());
    Coded subject = Coded.of("The 1994 genocide killed 800,000 people in Rwanda.", "2024-03-12");
    assertTrue(subject.trigger("killed").date().startsWith("1994"), subject.describe());
  }
}

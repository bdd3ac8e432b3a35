package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Sides a story leaves unnamed or names in passing: the people who protest, what "anti-" is against, who responds. */
class UnnamedSidesTest {
  @Test
  void protestsWithNoOneNamedAreThePeoplesAgainstWhatTheyOppose() {
    Coded c = Coded.of("Anti-government protests spread across Kenya on Monday.", "2021-03-02");
    Event e = c.trigger("protests");
    assertEquals("14", e.cameo().substring(0, 2), c.describe());
    assertEquals("KENCVL", e.source().get(0).code(), c.describe());
    assertEquals(Unnamed.PROTESTERS, e.source().get(0).role(), c.describe());
    assertEquals("KENGOV", e.target().get(0).code(), c.describe());
  }

  @Test
  void anAntiWordNamesTheCountryItIsAgainst() {
    Coded c = Coded.of("Students in Nairobi held anti-American rallies outside the embassy on Tuesday.", "2021-03-02");
    Event e = c.trigger("rallies");
    assertEquals("KEN", Coded.countries(e.source()), c.describe());
    assertEquals("USA", Coded.countries(e.target()), c.describe());
  }

  @Test
  void whoAnswersAHostileActDidNotDoIt() {
    Coded c = Coded.of("Kenyan police detained two men after the riot in Mombasa on Sunday.", "2021-03-02");
    Event riot = c.trigger("riot");
    assertTrue(riot.source().stream().noneMatch(a -> "COP".equals(a.sector())), c.describe());
    // with the other party named, the subject is one of the sides
    Coded d = Coded.of("Ugandan rebels fled north after clashes with the army on Sunday.", "2021-03-02");
    assertEquals("REB", d.trigger("clashes").source().get(0).sector(), d.describe());
  }

  @Test
  void aCompanyOrOutletInTheSentenceDoesNotGiveARoleItsCountry() {
    assertSourceCountryInAKenyanStory("KEN", "The ministry signed a contract with Boeing on Monday.", "signed");
  }

  @Test
  void anArrestWithNoOneNamedIsByThePolice() {
    Coded c = Coded.of("Three Kenyan journalists were arrested in Mombasa on Monday. They detained two students on Tuesday.",
        "2021-03-02");
    for (String trigger : new String[] {"arrested", "detained"}) {
      Event e = c.trigger(trigger);
      assertEquals("KENCOP", e.source().get(0).code(), c.describe());
      assertEquals(Unnamed.POLICE, e.source().get(0).role(), c.describe());
    }
  }

  @Test
  void anArrestIsNewsEvenWhenNoOneIsNamedOnEitherSide() {
    Coded c = Coded.of("Protests continued in Mombasa, Kenya, on Friday. They arrested three for trespassing.", "2021-03-02");
    assertEquals("KENCOP", c.trigger("arrested").source().get(0).code(), c.describe());
  }

  @Test
  void anAcronymTheTaggerMissedNamesABody() {
    assertSourceCountryInAKenyanStory("KEN", "KWS started an investigation of the poaching.", "investigation");
  }

  @Test
  void aSentenceWithNoOneNamedIsACourtsAnImpeachmentNoOnes() {
    Coded c = Coded.of("Protests continued in Mombasa, Kenya, on Friday. Two students were jailed for ten years.", "2021-03-02");
    assertEquals("KENJUD", c.trigger("jailed").source().get(0).code(), c.describe());
    Coded d = Coded.of("Protests continued in Mombasa, Kenya, on Friday. The governor was impeached on Monday.", "2021-03-02");
    assertTrue(d.trigger("impeached").source().stream().noneMatch(Unnamed::is), d.describe());
  }

  @Test
  void aDemonstrationAgainstNoOneNamedIsAgainstTheGovernment() {
    Coded c = Coded.of("Thousands of Peruvian protesters marched through Lima on Monday. Riots broke out in Arequipa, Peru.",
        "2019-10-10");
    assertEquals("PERGOV", c.trigger("marched").target().get(0).code(), c.describe());
    assertEquals("PERGOV", c.trigger("Riots").target().get(0).code(), c.describe());
    // one named stays, and a strike is left as told
    Coded d = Coded.of("Peruvian protesters rallied against the mining company Minera Andina. Peruvian dock workers "
        + "went on strike.", "2019-10-10");
    assertTrue(d.trigger("rallied").target().stream().noneMatch(Unnamed::is), d.describe());
    assertTrue(d.trigger("strike").target().isEmpty(), d.describe());
  }

  @Test
  void thePeoplesDemandsWithNoOneNamedAreMadeToTheirGovernment() {
    Coded c = Coded.of("Peruvian protesters demanded the release of their leaders on Monday.", "2019-10-10");
    assertEquals("PERGOV", c.trigger("demanded").target().get(0).code(), c.describe());
    // a government's demand names whom it is made to, or no one
    Coded d = Coded.of("The Peruvian government demanded the release of its diplomats on Monday.", "2019-10-10");
    assertTrue(d.trigger("demanded").target().stream().noneMatch(Unnamed::is), d.describe());
  }

  @Test
  void aFineOrASentenceHandedDownIsACourts() {
    String before = "Protests continued in Mombasa, Kenya, on Friday. ";
    Coded fined = Coded.of(before + "A student leader was fined 50,000 shillings.", "2021-03-02");
    assertEquals("KENJUD", fined.trigger("fined").source().get(0).code(), fined.describe());
    Coded given = Coded.of(before + "A student leader was given a fine of 50,000 shillings.", "2021-03-02");
    assertEquals("172", given.trigger("given").cameo(), given.describe());
    assertEquals("KENJUD", given.trigger("given").source().get(0).code(), given.describe());
    Coded handed = Coded.of(before + "Two student leaders were handed three-year prison terms.", "2021-03-02");
    assertEquals("173", handed.trigger("handed").cameo(), handed.describe());
    assertEquals("KENJUD", handed.trigger("handed").source().get(0).code(), handed.describe());
    // a sentence given by someone named is theirs
    Coded named = Coded.of(before + "Judge Grace Nzioka gave the student leader a two-year sentence.", "2021-03-02");
    assertTrue(named.trigger("gave").source().stream().noneMatch(Unnamed::is), named.describe());
  }

  /** The source countries of a sentence's event in a story that has named Kenya twice before it. */
  private static void assertSourceCountryInAKenyanStory(String countries, String sentence, String trigger) {
    Coded c = Coded.of("Kenya's budget grew again this year, Kenyan officials said. " + sentence, "2021-03-02");
    assertEquals(countries, Coded.countries(c.trigger(trigger).source()), c.describe());
  }

  @Test
  void whoTellsThePublicWhatToDoUnnamedIsTheState() {
    Coded c = Coded.of("Floods cut roads across northern Ghana. Residents near the Volta were told to leave their homes "
        + "on Tuesday.", "2021-03-02");
    Event e = c.trigger("told");
    assertEquals("02", e.cameo().substring(0, 2), c.describe());
    assertEquals("GHAGOV", e.source().get(0).code(), c.describe());
    assertEquals(Unnamed.GOVERNMENT, e.source().get(0).role(), c.describe());
    // one named in the passive is asked by someone the story does not say: no doer is supplied
    Coded d = Coded.of("Floods cut roads across northern Ghana. The Ghanaian energy minister was urged to resign on Tuesday.",
        "2021-03-02");
    assertTrue(d.trigger("urged").source().isEmpty(), d.describe());
  }
}

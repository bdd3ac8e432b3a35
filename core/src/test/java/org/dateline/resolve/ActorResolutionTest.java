package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/** Each actor resolution rule, on sentences written for these tests. */
class ActorResolutionTest {
  private static Document code(String text, String date) {
    return Models.pipeline().process(new Article("t", LocalDate.parse(date), null, null, null, text, 0, null, null, "t"));
  }

  /** The actor of the n-th mention with this text (0-based). */
  private static Actor actor(Document d, String text, int nth) {
    int seen = 0;
    for (Mention m : d.mentions()) {
      if (m.text().equals(text) && seen++ == nth) return m.actor();
    }
    throw new AssertionError("no mention '" + text + "' #" + nth + " in " + d.mentions());
  }

  @Test
  void officeHolderByTheArticleDate() {
    Document d = code("Park Jin met Yoko Kamikawa in Tokyo.", "2023-11-26");
    Actor park = actor(d, "Park Jin", 0);
    assertEquals("KOR", park.country());
    assertEquals("GOV", park.sector());
    assertEquals("KORGOV", park.code());
    assertEquals("JPN", actor(d, "Yoko Kamikawa", 0).country());
  }

  @Test
  void aFormerPresidentIsNotTheGovernment() {
    Document before = code("Donald Trump spoke at a rally in Ohio.", "2022-06-01");
    Actor a = actor(before, "Donald Trump", 0);
    assertEquals("USA", a.country());
    assertNull(a.sector(), "out of office in 2022");
    Document after = code("Donald Trump spoke at a rally in Ohio.", "2025-06-01");
    assertEquals("GOV", actor(after, "Donald Trump", 0).sector());
  }

  @Test
  void aFormerOfficeHolderIsOneOfTheElites() {
    Document d = code("Former Peruvian interior minister Luis Quispe criticised the police, and ousted President "
        + "Pedro Castillo appealed his sentence.", "2024-04-02");
    Actor quispe = actor(d, "Luis Quispe", 0);
    assertEquals("PER", quispe.country());
    assertEquals("ELI", quispe.sector());
    assertEquals("ELI", actor(d, "Pedro Castillo", 0).sector());
  }

  @Test
  void aNameAfterATitleIsAPersonWhateverTheNerSays() {
    Document d = code("Vice-President Moody Awori has declined to resign.", "2005-07-02");
    Mention m = d.mentions().stream().filter(x -> x.text().contains("Awori")).findFirst().orElseThrow();
    assertEquals("PERSON", m.type());
    assertEquals("GOV", m.actor().sector());
  }

  @Test
  void anEthnicPeopleIsAPeople() {
    Document d = code("Ethnic Albanians have sworn to fight on.", "2001-05-02");
    Mention m = d.mentions().stream().filter(x -> x.text().contains("Albanians")).findFirst().orElseThrow();
    assertEquals("ALB", m.actor().country());
  }

  @Test
  void historicalArmedGroupsAreKnown() {
    Document d = code("The Tamil Tigers and UNITA were both listed that year.", "1999-05-02");
    assertEquals("LKAREB", actor(d, "Tamil Tigers", 0).code());
    assertEquals("AGOREB", actor(d, "UNITA", 0).code());
  }

  @Test
  void aNameSpelledOtherwiseIsKnownByItsAbbreviation() {
    Document d = code("The International Labor Office (ILO) criticised the new rules for dock workers.", "2021-05-02");
    Mention m = d.mentions().stream().filter(x -> x.text().startsWith("International Labor")).findFirst().orElseThrow();
    assertNotNull(m.actor(), d.mentions().toString());
    assertEquals("IGO", m.actor().sector());
  }

  @Test
  void unknownPersonByTitleAndAdjective() {
    Document d = code("Brazilian Foreign Minister Tomas Varela arrived in Lisbon.", "2024-04-02");
    Actor a = actor(d, "Tomas Varela", 0);
    assertEquals("BRA", a.country());
    assertEquals("GOV", a.sector());
    assertEquals("Foreign Minister", a.role());
  }

  @Test
  void possessiveCountryBeforeAName() {
    Document d = code("Ghana's Tomas Varela opened the session.", "2024-04-02");
    assertEquals("GHA", actor(d, "Tomas Varela", 0).country());
  }

  @Test
  void shortReferenceToSomeoneAlreadyNamed() {
    Document d = code("Korean Foreign Minister Park Jin met his counterparts. Park said the talks were useful.",
        "2023-11-26");
    Actor later = actor(d, "Park", 0);
    assertEquals("Park Jin", later.name());
    assertEquals("KOR", later.country());
  }

  @Test
  void surnameFromTheKnowledgeBase() {
    Document d = code("Biden spoke with reporters in Delaware.", "2023-11-26");
    Actor a = actor(d, "Biden", 0);
    assertEquals("Joe Biden", a.name());
    assertEquals("USAGOV", a.code());
  }

  @Test
  void capitalsAndSeatsStandForTheGovernment() {
    Document d = code("Washington and Beijing traded accusations, and the Kremlin stayed silent.", "2023-11-26");
    assertEquals("USAGOV", actor(d, "Washington", 0).code());
    assertEquals("CHNGOV", actor(d, "Beijing", 0).code());
  }

  @Test
  void ambiguousKoreanFollowsTheDocument() {
    Document south = code("The Korean delegation arrived in Busan. South Korea hosted the talks in Seoul.", "2024-01-10");
    assertEquals("KOR", actor(south, "Korean", 0).country());
    Document north = code("North Korea fired a missile. The Korean launch drew protests, and North Korea "
        + "threatened more tests.", "2024-01-10");
    assertEquals("PRK", actor(north, "Korean", 0).country());
  }

  @Test
  void organisationsHaveCodesAndNoCountry() {
    Document d = code("NATO and the European Union condemned the attack.", "2024-01-10");
    Actor nato = actor(d, "NATO", 0);
    assertNotNull(nato.code());
    assertNull(nato.country());
    assertEquals("IGO", nato.sector());
  }

  @Test
  void aPersonNamedLikeACountryIsAPerson() {
    Document d = code("Jordan Peterson spoke in Toronto.", "2024-01-10");
    assertNotEquals("JOR", actor(d, "Jordan Peterson", 0).country());
  }

  @Test
  void aStormsNameIsNoPersonAnywhereInTheStory() {
    Document d = code("Beatriz is moving north. Forecasters said Hurricane Beatriz would reach the coast of Oaxaca on Friday.",
        "2023-06-30");
    long seen = d.mentions().stream().filter(m -> m.text().contains("Beatriz")).count();
    assertNotEquals(0L, seen, "the NER names the storm");
    for (Mention m : d.mentions()) {
      if (m.text().contains("Beatriz")) assertNull(m.actor(), m.toString());
    }
  }

  @Test
  void anOppositionSpokesmanSpeaksForTheOpposition() {
    Document d = code("Opposition spokesman Edmund Varley criticised the budget in Ottawa on Monday.", "2006-03-01");
    assertEquals("OPP", actor(d, "Edmund Varley", 0).sector());
  }
}

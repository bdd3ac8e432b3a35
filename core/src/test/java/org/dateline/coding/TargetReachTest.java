package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Targets named away from the predicate: in the content of a frame, on a light verb, in an aim. */
class TargetReachTest {
  @Test
  void aPromiseOfAidTargetsItsRecipients() {
    Coded c = Coded.of("Nordic ministers agreed to provide five million dollars of aid for Chad and Niger.");
    assertEquals("NER,TCD", Coded.countries(c.trigger("agreed").target()), c.describe());
  }

  @Test
  void aWithdrawalIsFromWhereTheForcesLeave() {
    Coded c = Coded.of("Kenya speeded up the withdrawal of its troops from Somalia on Monday.");
    assertEquals("SOM", Coded.countries(c.trigger("withdrawal").target()), c.describe());
  }

  @Test
  void theLightVerbCarriesTheNounsTarget() {
    Coded c = Coded.of("Students in Dhaka staged rallies against the Bangladeshi prime minister.");
    Event e = c.trigger("rallies");
    assertEquals("BGD", Coded.countries(e.target()), c.describe());
    assertEquals("GOV", e.target().get(0).sector());
  }

  @Test
  void aDemandForSomeonesRemovalTargetsThem() {
    Coded c = Coded.of("The rebels demanded the removal of the Malian president.");
    Event e = c.trigger("demanded");
    assertEquals("MLI", Coded.countries(e.target()), c.describe());
  }

  @Test
  void aStrikeInProtestOfALawTargetsItsMaker() {
    Coded c = Coded.of("Farmers staged a hunger strike in protest of Nepal's new land law.");
    assertEquals("NPL", Coded.countries(c.trigger("strike").target()), c.describe());
  }

  @Test
  void studentsTakeTheCountryTheirSentenceNames() {
    Coded c = Coded.of("University students across Peru protested against the tuition fees.");
    Event e = c.trigger("protested");
    assertEquals("PER", Coded.countries(e.source()), c.describe());
    assertTrue(e.source().stream().allMatch(a -> "EDU".equals(a.sector())), c.describe());
  }

  @Test
  void whoUndergoesAnActIsItsOfPhrase() {
    Coded c = Coded.of("Police confirmed the arrest of two Malian journalists in Dakar on Monday.");
    Event e = c.trigger("arrest");
    assertEquals("MLI", Coded.countries(e.target()), c.describe());
    Coded talks = Coded.of("The talks of Chad and Sudan ended in Doha on Monday.");
    assertEquals("SDN,TCD", Coded.parties(talks.trigger("talks")), talks.describe());
  }

  @Test
  void anObjectAfterTheDayIsStillTheObject() {
    Coded c = Coded.of("Beirut again rejected Thursday a United Nations appeal for a ceasefire.");
    assertEquals("-", Coded.countries(c.trigger("rejected").target()), c.describe());
    assertEquals("IGO", c.trigger("rejected").target().get(0).sector(), c.describe());
  }

  @Test
  void forcesReadiedForAWarAgainstACountryTargetIt() {
    Coded c = Coded.of("Armenia mobilized its reservists for a possible war against Azerbaijan.");
    assertEquals("AZE", Coded.countries(c.trigger("mobilized").target()), c.describe());
  }

  @Test
  void whoIssuedADeclarationMakesItsDemand() {
    Coded c = Coded.of("The Kenyan opposition issued a statement demanding that the government release the detained activists.");
    Event e = c.trigger("demanding");
    assertEquals("KEN", Coded.countries(e.source()), c.describe());
  }

  @Test
  void aPronounSubjectOfANounTakenForAVerbStays() {
    Coded c = Coded.of("Radical Greek farmers said on Friday they would blockade Athens from Monday night.");
    Event e = c.root("13").get(0);
    assertEquals("GRC", Coded.countries(e.source()), c.describe());
  }

  @Test
  void aStanceInThePassiveIsTheSubjects() {
    Coded c = Coded.of("Morocco is opposed to Algerian mediation in the talks, a government spokesman said.");
    Event e = c.trigger("opposed");
    assertEquals("MAR", Coded.countries(e.source()), c.describe());
  }

  @Test
  void aStanceTakenByAnotherIsAPassive() {
    Coded c = Coded.of("Morocco was opposed by Algeria in its bid to rejoin the African Union.");
    Event e = c.trigger("opposed");
    assertEquals("DZA", Coded.countries(e.source()), c.describe());
    assertEquals("MAR", Coded.countries(e.target()), c.describe());
  }

  @Test
  void passivesWithoutTheirAuxiliaryTakeTheAgentAsSource() {
    // a headline's passive, and a passive participle on a noun
    assertSides("Zambian minister criticised by opposition lawmakers over maize prices.", "criticised", "OPP", "GOV");
    assertSides("Zambian police, condemned by rights groups for the shootings, defended their conduct.", "condemned",
        "HRI", "COP");
    Coded hour = Coded.of("The Zambian president shortened the curfew in Lusaka by one hour on Monday.", "2021-03-02");
    assertEquals("GOV", hour.trigger("shortened").source().get(0).sector(), hour.describe());
  }

  @Test
  void aDenialWithNoOneNamedAnswersTheRecentAccuser() {
    Coded c = Coded.of("Kenya accused Uganda on Sunday of shelling its border posts near Busia. Uganda denied the accusation on Monday.");
    Event denied = c.trigger("denied");
    assertEquals("016", denied.cameo(), c.describe());
    assertEquals("KEN", Coded.countries(denied.target()), c.describe());
    Coded alone = Coded.of("Uganda denied the report on Monday.");
    assertTrue(alone.trigger("denied").target().isEmpty(), alone.describe());
  }

  private static void assertSides(String text, String trigger, String source, String target) {
    Coded c = Coded.of(text, "2021-03-02");
    Event e = c.trigger(trigger);
    assertEquals(source, e.source().get(0).sector(), c.describe());
    assertEquals(target, e.target().get(0).sector(), c.describe());
  }

  @Test
  void whoActsInAnAbsoluteConstructionIsNoTarget() {
    Coded c = Coded.of("Opposition leaders in Lima attacked the budget, with Maria Lopez calling the plan a disgrace.");
    assertTrue(c.trigger("attacked").target().stream().noneMatch(a -> a.text().contains("Lopez")), c.describe());
    Coded war = Coded.of("Rebels attacked the town of Kidal on Monday, with Malian troops shelling their positions.");
    Event shelling = war.trigger("shelling");
    assertEquals("MIL", shelling.source().get(0).sector(), war.describe());
    assertTrue(war.trigger("attacked").target().stream().noneMatch(a -> "MIL".equals(a.sector())), war.describe());
  }

  @Test
  void withoutTheCommaTheParticipleDescribesTheParty() {
    Coded c = Coded.of("Police in Nairobi clashed with protesters carrying banners on Monday.");
    assertTrue(c.trigger("clashed").target().stream().anyMatch(a -> a.text().contains("protesters")), c.describe());
  }
}

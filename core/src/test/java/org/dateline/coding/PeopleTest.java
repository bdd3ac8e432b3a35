package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** A people named by its demonym: its civilians, of the state it lives in where the text says so. */
class PeopleTest {
  @Test
  void aPeopleIsItsCivilians() {
    Actor a = Coded.of("Thousands of Armenians marched through the capital on Friday.").trigger("marched").source().get(0);
    assertEquals("ARM", a.country());
    assertEquals("CVL", a.sector());
  }

  @Test
  void aPeopleInAnotherStateIsCodedByWhereItLives() {
    Event e = Coded.of("Ethnic Hungarians in Slovakia protested against the new language law.").trigger("protested");
    assertEquals("SVK", Coded.countries(e.source()), "" + e.source());
    assertEquals("CVL", e.source().get(0).sector());
  }

  @Test
  void aPeopleWithAStateAdjectiveBelongsToThatState() {
    Event e = Coded.of("Syrian Kurds demonstrated in Qamishli on Sunday.").trigger("demonstrated");
    assertEquals("SYR", Coded.countries(e.source()), "" + e.source());
  }

  @Test
  void aDemonymStandingAloneIsAPersonOfThatPeople() {
    Event e = Coded.of("Moroccan police detained an Algerian near the border on Monday.").trigger("detained");
    assertEquals("DZA", Coded.countries(e.target()), "" + e.target());
    assertEquals("CVL", e.target().get(0).sector());
  }

  @Test
  void unnamedPeopleAreCiviliansOfWhereTheyAre() {
    Event e = Coded.of("Thousands of people in Tbilisi marched against the new law.").trigger("marched");
    assertEquals("GEO", Coded.countries(e.source()), "" + e.source());
    assertEquals("CVL", e.source().get(0).sector());
  }

  @Test
  void forcesLedByACountryAreItsForces() {
    Event e = Coded.of("Ethiopian-led forces shelled rebel positions near the border.").trigger("shelled");
    assertEquals("ETH", Coded.countries(e.source()), "" + e.source());
    assertEquals("MIL", e.source().get(0).sector());
  }

  @Test
  void aStatesForcesAreItsMilitary() {
    Event e = Coded.of("Government forces shelled rebel positions near Malakal on Sunday.").trigger("shelled");
    assertEquals("MIL", e.source().get(0).sector(), "" + e.source());
    Event us = Coded.of("Chadian forces shelled a border post near Tine on Sunday.").trigger("shelled");
    assertEquals("TCD", Coded.countries(us.source()), "" + us.source());
    assertEquals("MIL", us.source().get(0).sector(), "" + us.source());
  }

  @Test
  void servicemenAreMilitaryAndYouthsCivilians() {
    Event e = Coded.of("A roadside bomb wounded two Dutch servicemen near Kandahar.").trigger("wounded");
    assertEquals("NLD", Coded.countries(e.target()), "" + e.target());
    assertEquals("MIL", e.target().get(0).sector());
    Event y = Coded.of("Police in Lagos detained dozens of Nigerian youths on Saturday.").trigger("detained");
    assertEquals("CVL", y.target().get(0).sector(), "" + y.target());
  }

  @Test
  void homesAndDetaineesOfAPeopleAreItsCivilians() {
    Event e = Coded.of("Burmese troops shelled Rohingya villages near Maungdaw.").trigger("shelled");
    assertEquals("CVL", e.target().isEmpty() ? null : e.target().get(0).sector(), "" + e.target());
    Event d = Coded.of("Guards beat Kurdish detainees at a prison near Diyarbakir.").trigger("beat");
    assertEquals("CVL", d.target().get(0).sector(), "" + d.target());
  }

  @Test
  void aPersonNamedByACommonNounIsACivilianOfTheArticlesCountry() {
    Coded c = Coded.of("Riots broke out in Lagos, Nigeria, on Monday. Nigerian police said they detained a "
        + "teenager and two shopkeepers near the market.", "2021-06-08");
    Event e = c.trigger("detained");
    assertEquals(2, e.target().size(), c.describe());
    for (Actor a : e.target()) {
      assertEquals("NGA", a.country(), c.describe());
      assertEquals("CVL", a.sector(), c.describe());
    }
  }

  @Test
  void theSectorOfAPersonComesFromWhatTheNounMeans() {
    Event arrested = Coded.of("Brazilian police arrested three smugglers at the port of Santos on Tuesday.",
        "2021-06-08").trigger("arrested");
    assertEquals("CRM", arrested.target().get(0).sector(), "" + arrested.target());
    Event attacked = Coded.of("An assailant attacked two Brazilian journalists outside the courthouse.", "2021-06-08")
        .trigger("attacked");
    assertEquals("UAF", attacked.source().get(0).sector(), "" + attacked.source());
  }

  @Test
  void aThingNamedByACommonNounIsNoActor() {
    Event e = Coded.of("Kenyan police seized a lorry near the border on Monday.", "2021-06-08").trigger("seized");
    assertEquals(0, e.target().size(), "" + e.target());
  }

  @Test
  void theAccusedAreWhomAnArrestTargetsNotThePlaceOfIt() {
    Coded c = Coded.of("Ghanaian police arrested the accused near the market in Kumasi on Monday.", "2021-03-02");
    Event e = c.trigger("arrested");
    assertEquals("GHACRM", e.target().get(0).code(), c.describe());
    Coded d = Coded.of("Ghanaian police arrested dozens near the market in Kumasi on Monday.", "2021-03-02");
    assertTrue(d.trigger("arrested").target().stream().noneMatch(a -> a.text().contains("Kumasi")), d.describe());
  }

  @Test
  void conjoinedModifiersOfAGenericHeadSayItsSector() {
    Coded c = Coded.of("Legal and religious groups in Ghana called for the bill to be dropped.", "2021-03-02");
    assertEquals("REL", c.trigger("called").source().get(0).sector(), c.describe());
  }

  @Test
  void aRoleInAppositionToAKnownNameIsThatPerson() {
    // "leader" alone reads as a government's; the name says whose leader
    Coded c = Coded.of("The party met in Harrogate. Its leader, Charles Kennedy, said the new tax was unfair and cruel to pensioners.",
        "2005-03-01");
    assertEquals("GBRPTY", c.trigger("said").source().get(0).code(), c.describe());
  }

  @Test
  void aBareCountActedOnIsThatManyPeople() {
    Coded c = Coded.of("Ghanaian police arrested three for trespassing at the port on Monday.");
    assertEquals("CVL", c.trigger("arrested").target().get(0).sector(), c.describe());
    Coded passive = Coded.of("Five were detained by Ghanaian police in Accra on Monday.");
    assertEquals("CVL", passive.trigger("detained").target().get(0).sector(), passive.describe());
  }

  @Test
  void familiesAndSurvivorsArePeople() {
    Coded c = Coded.of("Ghana's president offered condolences to the families of the miners on Monday.");
    assertEquals("GHA", Coded.countries(c.root("018").get(0).target()), c.describe());
  }

  @Test
  void kinArePrivatePeopleWhoeverTheyAreKinOf() {
    Coded c = Coded.of("The Ghanaian minister's widow thanked the rescuers in Accra on Monday.");
    assertEquals("GHACVL", c.trigger("thanked").source().get(0).code(), c.describe());
    Coded r = Coded.of("Relatives of the Ghanaian miners criticised the mine owners in Accra on Monday.");
    assertEquals("Relatives", r.trigger("criticised").source().get(0).text(), r.describe());
  }

  @Test
  void peopleHeldToHaveBrokenTheLawAreCriminals() {
    Event e = Coded.of("Ghanaian police arrested 40 suspected buyers of the stolen phones in Accra.").trigger("arrested");
    assertEquals("CRM", e.target().get(0).sector(), "" + e.target());
    Event f = Coded.of("Ghanaian police detained two wanted persons at the border.").trigger("detained");
    assertEquals("CRM", f.target().get(0).sector(), "" + f.target());
    // a role of its own stays: suspected militants are militants
    Event g = Coded.of("Ghanaian police arrested three suspected rebels near the border.").trigger("arrested");
    assertEquals("REB", g.target().get(0).sector(), "" + g.target());
  }
  @Test
  void aFormerOfficeHolderNamedByRoleIsAnElite() {
    Coded c = Coded.of("The former police chief clashed with a local campaigner on Thursday. "
        + "The police chief criticised the campaigners on Friday.", "2005-01-01");
    assertEquals("ELI", c.trigger("clashed").source().get(0).sector(), c.describe());
    // an elite's clash with a campaigner is a quarrel, not a police action
    assertEquals("11", c.trigger("clashed").cameo().substring(0, 2), c.describe());
    assertEquals("COP", c.trigger("criticised").source().get(0).sector(), c.describe());
  }
}

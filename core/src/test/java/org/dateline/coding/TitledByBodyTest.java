package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An officer whom a known body's name titles speaks for the body; a title that ends in "general"
 * is no general unless it is a military rank.
 */
class TitledByBodyTest {
  private static Actor speaker(String sentence, String trigger) {
    Event e = Coded.of(sentence, "2005-03-01").trigger(trigger);
    assertEquals(1, e.source().size(), sentence);
    return e.source().get(0);
  }

  @Test
  void anOfficerOfAKnownBodyIsTheBodys() {
    Actor a = speaker("Amnesty International spokesman Paul Wendel criticised the new detention rules.", "criticised");
    assertEquals("NGO", a.sector());
    assertEquals("AMN", a.code());
    Actor b = speaker("CBI director general Alan Brook praised the chancellor's budget.", "praised");
    assertEquals("GBR", b.country());
    assertEquals("BUS", b.sector());
    Actor h = speaker("Hamas leader Yusuf Darwish condemned the raid on the camp.", "condemned");
    assertEquals("REB", h.sector());
  }

  @Test
  void aTitleEndingInGeneralIsNoGeneral() {
    assertEquals("GOV", speaker("Inspector General Mary Holt criticised the agency's spending.", "criticised").sector());
    assertEquals("GOV", speaker("Governor General Anne Price praised the volunteers.", "praised").sector());
    assertEquals("MIL", speaker("General Tom Reyes praised the volunteers.", "praised").sector());
  }

  @Test
  void aSpokesmanForAPolicyAreaSpeaksForTheOpposition() {
    assertEquals("OPP", speaker("Conservative home affairs spokesman Tom Hale criticised the asylum bill.", "criticised").sector());
    assertEquals("OPP", speaker("The party's health spokeswoman, Jane Orr, criticised the hospital plans.", "criticised").sector());
    // a ministry's spokesman is the government's
    assertEquals("GOV", speaker("A foreign ministry spokesman criticised the asylum bill.", "criticised").sector());
  }

  @Test
  void anOfficerOfAKnownBodyNamedAfterTheTitleIsTheBodys() {
    Actor a = speaker("Mary Stone, director general of Age Concern, criticised the pension plans.", "criticised");
    assertEquals("GBR", a.country());
    assertEquals("NGO", a.sector());
    // an office that is no role word of its own ("chairman") takes the body's too; a critic of a body is not its officer
    assertEquals("LAB", speaker("Jan Hurst, chairman of the Police Federation, criticised the pension plans.", "criticised").sector());
    assertEquals(null, speaker("Tom Hale, a critic of the BBC, criticised the pension plans.", "criticised").sector());
  }

  @Test
  void aSpokesmanForACountrysBodyIsOfThatCountryAndBody() {
    Actor a = speaker("Omar Haidari, a spokesman for the Afghan interior ministry, condemned the bombing.", "condemned");
    assertEquals("AFGGOV", a.code());
    Actor p = speaker("Lina Sari, spokeswoman for the Indonesian National Police, condemned the bombing.", "condemned");
    assertEquals("IDNCOP", p.code());
    // a country's body no sector names (a charity) is not the state's
    assertEquals(null, speaker("Anna Berg, a spokeswoman for the Swedish Red Cross, condemned the bombing.", "condemned").sector());
  }

  @Test
  void aRoleOfACityOrStateIsItsGovernment() {
    Coded c = Coded.of("Amara Osei, the mayor of Kumasi, criticised the Ghanaian finance ministry on Monday.");
    assertEquals("GOV", c.trigger("criticised").source().get(0).sector(), c.describe());
    Coded owned = Coded.of("Amara Osei, Kumasi's mayor, criticised the Ghanaian finance ministry on Monday.");
    assertEquals("GOV", owned.trigger("criticised").source().get(0).sector(), owned.describe());
  }

  @Test
  void anHonorificBetweenTitleAndNameKeepsTheTitle() {
    Coded c = Coded.of("Ghana's Police Commissioner Dr Kwame Asante criticised the opposition on Monday.");
    assertEquals("COP", c.trigger("criticised").source().get(0).sector(), c.describe());
  }
}

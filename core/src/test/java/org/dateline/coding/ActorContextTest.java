package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Event;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/** Actors the coder completes from context: conjoined owners, the sentence's country, organisations. */
class ActorContextTest {
  @Test
  void everyConjunctOfAnOwnerIsATarget() {
    Event e = Coded.of("Ghana threatened to cut trade ties with Togo and Benin.").trigger("threatened");
    assertEquals("BEN,TGO", Coded.countries(e.target()));
  }

  @Test
  void aGovernmentIsNotAnotherGovernmentsCountry() {
    Coded c = Coded.of("President Armando Quispe gave a warm welcome to the visiting Bolivian president.");
    Event e = c.trigger("welcome");
    assertTrue(e.source().stream().noneMatch(a -> "BOL".equals(a.country())), c.describe());
  }

  @Test
  void withSeveralCountriesTheOtherSidesIsSetAside() {
    Coded c = Coded.of("A roadside bomb near Kirkuk killed two Turkish soldiers on Sunday.");
    Event e = c.trigger("killed");
    assertEquals("IRQ", Coded.countries(e.source()), c.describe());
  }

  @Test
  void aRoleAmongSeveralCountriesIsOfTheStorysOwnCountry() {
    Coded c = Coded.of("Kenyan police arrested two men in Nairobi on Monday after a bank robbery. "
        + "Police said one of the suspects, a Ugandan, was arrested in Mombasa. "
        + "A Tanzanian businessman was also charged by police in Kenya.", "2021-05-12");
    Event charged = c.trigger("charged");
    assertEquals("KEN", Coded.countries(charged.source()), c.describe());
  }

  @Test
  void aRoleAmongCountriesNoneOfThemTheStorysStaysUnknown() {
    Coded c = Coded.of("Kenya's president opened a new railway line in Nairobi on Monday. "
        + "Kenyan officials said trade with its neighbours would grow. "
        + "Officials from Uganda and Tanzania met in Arusha.", "2021-05-12");
    Event met = c.trigger("met");
    assertTrue(met.source().stream().noneMatch(a -> "KEN".equals(a.country())), c.describe());
  }

  @Test
  void aGroupsOwnNameComesBeforeItsLeaders() {
    Coded c = Coded.of("Osama bin Laden's al-Qaeda network threatened to strike Kenya again.");
    Event e = c.trigger("threatened");
    assertEquals("IMGREB", e.source().get(0).code(), c.describe());
  }

  @Test
  void aRoleWithoutCountryTakesTheOnlyCountryOfItsSentence() {
    Coded c = Coded.of("Kenyan lawmakers accused President Odhiambo of ignoring the new tax law on Monday.");
    Event e = c.trigger("accused");
    assertEquals("KEN", Coded.countries(e.target()), c.describe());
    assertEquals("GOV", e.target().get(0).sector());
  }

  @Test
  void withTwoCountriesInTheSentenceTheRoleStaysUnknown() {
    Event e = Coded.of("Kenyan and Ugandan officials said the rebels attacked a convoy on Monday.").trigger("attacked");
    assertTrue(e.source().stream().allMatch(a -> a.country() == null), Coded.countries(e.source()));
  }

  @Test
  void theDatelineGivesTheCountryWhenTheSentenceNamesNone() {
    String text = "The president accused the opposition of planning riots, his office said on Tuesday.";
    Article a = new Article("d", LocalDate.of(2024, 6, 4), "Wire", null, null, text, 0,
        new Dateline("NAIROBI, June 4 (Wire) -", "NAIROBI", LocalDate.of(2024, 6, 4), "Wire"), null, "test");
    Event e = Models.pipeline().process(a).events().stream().filter(x -> x.evidence().trigger().equals("accused"))
        .findFirst().orElseThrow();
    assertEquals("KEN", Coded.countries(e.source()));
    assertEquals("KEN", Coded.countries(e.target()));
    assertEquals("OPP", e.target().get(0).sector());
  }

  @Test
  void aParticipleUsedAsAdjectiveIsNoEvent() {
    Coded c = Coded.of("Farmers from Lebanon returned to the occupied hills near the border on Monday.");
    assertTrue(c.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("occupied")), c.describe());
  }

  @Test
  void theUnSecretaryGeneralIsTheUnWhileInOffice() {
    Event e = Coded.of("Kofi Annan urged Iraq to admit the weapons inspectors.", "2002-09-10").trigger("urged");
    assertEquals("UNO", e.source().get(0).code());
    assertNull(e.source().get(0).country());
    assertEquals("IGO", e.source().get(0).sector());
    Event later = Coded.of("Kofi Annan urged Iraq to admit the weapons inspectors.", "2012-09-10").trigger("urged");
    assertTrue(later.source().isEmpty() || !"IGO".equals(later.source().get(0).sector()), later.source().toString());
  }

  @Test
  void ministersOfTheEuropeanCommunityActForIt() {
    Event e = Coded.of("European Community foreign ministers agreed to send food aid to Romania.", "1990-01-20")
        .trigger("agreed");
    assertEquals("EEC", e.source().get(0).code());
  }

  @Test
  void aKnownPersonKeepsHisCountryUnderATitleOutOfOffice() {
    Coded c = Coded.of("A group of Chilean diplomats met President Obama in Washington.", "2019-03-01");
    Event e = c.trigger("met");
    assertTrue(Coded.countries(e.source()).contains("CHL") || Coded.countries(e.target()).contains("USA"), c.describe());
    assertTrue(e.source().stream().noneMatch(a -> "Obama".equals(a.text()) && !"USA".equals(a.country())), c.describe());
    assertTrue(e.target().stream().noneMatch(a -> a.text().contains("Obama") && !"USA".equals(a.country())), c.describe());
  }

  @Test
  void theCounterpartCountryIsNotTheHomeOfTheOtherSide() {
    Event e = Coded.of("President Kuznetsov threatened action against Georgia on Monday.").trigger("threatened");
    assertEquals("GEO", Coded.countries(e.target()));
    assertTrue(e.source().stream().allMatch(a -> a.country() == null), Coded.countries(e.source()));
  }

  @Test
  void whereAGroupIsSaysWhoseItIs() {
    Coded c = Coded.of("Protesters in Bamako blocked the main bridge on Friday.");
    assertEquals("MLI", Coded.countries(c.trigger("blocked").source()), c.describe());
  }

  @Test
  void fightersOfANamedGroupActForIt() {
    Coded c = Coded.of("Hezbollah fighters attacked an Israeli patrol near the border.");
    Event e = c.trigger("attacked");
    assertEquals("LBN", Coded.countries(e.source()), c.describe());
    assertTrue(e.source().get(0).code().length() > 3, e.source().get(0).code());
  }

  @Test
  void aWithdrawalFromACountryTargetsIt() {
    Event e = Coded.of("Ethiopia withdrew its troops from Somalia in January.").trigger("withdrew");
    assertEquals("SOM", Coded.countries(e.target()));
  }

  @Test
  void forceAimedAtNoOneNamedFallsOnThePlace() {
    Coded c = Coded.of("Gunmen killed nine people in Maiduguri on Sunday, police said.");
    Event e = c.trigger("killed");
    assertEquals("NGA", Coded.countries(e.target()), c.describe());
    assertEquals("CVL", e.target().get(0).sector());
    Event lifted = Coded.of("Bolivia lifted the curfew in Cochabamba on Monday.").trigger("lifted");
    assertEquals("BOL", Coded.countries(lifted.target()));
  }

  @Test
  void whatAProtestIsAgainstIsItsTarget() {
    // one protest (the strike; "in protest of" is part of it), aimed at what it protests
    Coded c = Coded.of("Students began a hunger strike in protest of the Peruvian government's new mining law.");
    Event e = c.trigger("strike");
    assertEquals("PER", Coded.countries(e.target()), c.describe());
    assertEquals("GOV", e.target().get(0).sector());
  }

  @Test
  void aParticipleAfterTheClauseActsWithItsSubject() {
    // (an attack verb before the participle would fold the killing into it: IncidentsTest)
    Coded c = Coded.of("Rebels in Mali entered the town of Gao on Sunday, killing twelve people.");
    assertEquals("MLI", Coded.countries(c.trigger("killing").source()), c.describe());
    Coded passive = Coded.of("A market in Kano was set on fire by gunmen on Friday, killing at least 30 traders.");
    assertEquals("UAF", passive.trigger("killing").source().get(0).sector(), passive.describe());
  }

  @Test
  void aPossessivePronounOrAdjectiveOnAnEventNounLeavesTheSourceToTheClause() {
    Coded c = Coded.of("A delegation of Tunisian ministers held their first official meeting with Italy in Rome.");
    assertEquals("TUN", Coded.countries(c.trigger("meeting").source()), c.describe());
  }

  @Test
  void aBombAsTheDoerIsAnUnidentifiedArmedForceOfThePlace() {
    Coded c = Coded.of("A roadside bomb killed four soldiers near Kandahar on Tuesday.");
    Event e = c.trigger("killed");
    assertEquals("UAF", e.source().get(0).sector(), c.describe());
    assertEquals("AFG", Coded.countries(e.source()));
  }

  @Test
  void aGenericGroupTakesItsModifiersSector() {
    Coded c = Coded.of("Opposition groups in Togo demanded that the president resign.");
    Event e = c.trigger("demanded");
    assertEquals("OPP", e.source().get(0).sector(), c.describe());
    assertEquals("TGO", Coded.countries(e.source()));
  }

  @Test
  void whatIsDiscussedIsATopicNotAParty() {
    Coded c = Coded.of("Chile and Peru discussed Bolivia and the fishing dispute in Lima.");
    Event e = c.trigger("discussed");
    assertTrue(e.target().stream().noneMatch(a -> "BOL".equals(a.country())), c.describe());
    assertEquals("CHL,PER", Coded.parties(e));
  }

  @Test
  void religiousAndEnvironmentalGroupsAreTheirSectors() {
    Coded c = Coded.of("Religious groups in Zambia have called for the bill to be withdrawn. Environmental groups in Zambia "
        + "criticised the mining licence.", "2021-03-02");
    assertEquals("ZMBREL", c.trigger("called").source().get(0).code(), c.describe());
    assertEquals("ZMBENV", c.trigger("criticised").source().get(0).code(), c.describe());
  }

  @Test
  void aNameNoKnowledgeFileKnowsIsOfTheStorysCountryUnlessTheSentenceNamesAnother() {
    Coded c = Coded.of("Kenya's parliament passed the budget on Monday, Kenyan officials said. "
        + "Wanjiru Odhiambo criticised the budget on Tuesday. Olaf Brenner of Germany praised the plan on Wednesday.");
    Event local = c.trigger("criticised");
    assertEquals("KEN", local.source().get(0).code(), c.describe());
    assertNull(local.source().get(0).sector(), c.describe());
    assertEquals("DEU", Coded.countries(c.trigger("praised").source()), c.describe());
  }

  @Test
  void aClericKnownByRoleIsOfTheStorysCountry() {
    Coded c = Coded.of("Kenyan police arrested a pastor in Mombasa on Monday. The local bishop condemned the arrest on Tuesday.");
    Event e = c.trigger("condemned");
    assertEquals("KENREL", e.source().get(0).code(), c.describe());
  }

  @Test
  void hongKongsChiefExecutiveHeadsItsGovernment() {
    Coded c = Coded.of("Carrie Lam criticised the protesters in Hong Kong on Wednesday.", "2019-09-06");
    assertEquals("HKGGOV", c.trigger("criticised").source().get(0).code(), c.describe());
  }

  @Test
  void aPartyNameTheTaggerMissedIsReadWhole() {
    Coded c = Coded.of("The Liberal Democrats criticised the government's housing plan on Monday.");
    Event e = c.trigger("criticised");
    assertEquals("GBRPTY", e.source().get(0).code(), c.describe());
  }

  @Test
  void aVerbBeforeAPronounIsNoTitle() {
    Coded c = Coded.of("Senator Mary Okello met the president on Monday and accused him of corruption.");
    Event e = c.trigger("accused");
    assertTrue(e.target().stream().noneMatch(a -> "CRM".equals(a.sector())), c.describe());
  }
}

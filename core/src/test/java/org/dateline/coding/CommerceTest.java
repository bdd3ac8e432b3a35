package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Business told in the words of politics: a market's demand, a firm's offers and cuts, a machine
 * that supports software. The political readings of the same words still code.
 */
class CommerceTest {
  @Test
  void aMarketsDemandIsNoClaim() {
    Coded c = Coded.of("Consumer demand for refrigerators rose sharply in Brazil last year. "
        + "Demand for copper from Chinese smelters fell in March.", "1988-04-02");
    assertTrue(c.root("10").isEmpty(), c.describe());
  }

  @Test
  void aPartysDemandStillCodes() {
    Coded c = Coded.of("The opposition repeated its demand for the resignation of the Kenyan interior minister.", "2015-04-02");
    assertEquals("10", c.trigger("demand").cameo().substring(0, 2), c.describe());
  }

  @Test
  void aFirmSellingToCustomersIsTrade() {
    Coded c = Coded.of("LONDON - Halford Building Society offered cheaper mortgages to first-time buyers on Tuesday. "
        + "Kessler Motors AG suspended twelve employees after the losses.", "1987-05-12");
    assertTrue(c.root("03").isEmpty(), c.describe());
    assertTrue(c.root("16").isEmpty(), c.describe());
  }

  @Test
  void aFirmDealingWithAGovernmentIsNews() {
    Coded c = Coded.of("Kessler Motors AG demanded that the Mexican government lift the import quota.", "1987-05-12");
    Event demand = c.trigger("demanded");
    assertEquals("10", demand.cameo().substring(0, 2), c.describe());
    assertEquals("BUS", demand.source().get(0).sector(), c.describe());
  }

  @Test
  void cuttingProductionOrTaxesIsNoSanction() {
    Coded c = Coded.of("South Korean steelmakers cut production by ten percent. "
        + "The Conservatives promised to cut taxes by four billion pounds.", "2005-02-01");
    assertTrue(c.root("16").isEmpty(), c.describe());
  }

  @Test
  void cuttingTiesOrAidIsStillASanction() {
    Coded c = Coded.of("Morocco cut diplomatic ties with Iran on Tuesday. The European Union reduced aid to Niger.", "2018-05-01");
    assertEquals("16", c.trigger("cut").cameo().substring(0, 2), c.describe());
    assertEquals("16", c.trigger("reduced").cameo().substring(0, 2), c.describe());
  }

  @Test
  void biddersOfferingAYieldIntendNothing() {
    Coded c = Coded.of("The rest of the bonds will go to competitive bidders offering the lowest yields.", "1987-04-20");
    assertTrue(c.doc.events().isEmpty(), c.describe());
    Coded mediate = Coded.of("Kenya offered to mediate between the two sides.", "1987-04-20");
    assertEquals("03", mediate.trigger("offered").cameo().substring(0, 2), mediate.describe());
  }

  @Test
  void aMachineThatSupportsSoftwareIsNoSupporter() {
    Coded c = Coded.of("The new server from Dalton Systems supports older accounting software. "
        + "Canada supported the resolution on Tuesday.", "2019-02-05");
    assertEquals(1, c.root("05").size(), c.describe());
    assertEquals("CAN", Coded.countries(c.trigger("supported").source()), c.describe());
  }

  @Test
  void protectingEarningsIsNoProtection() {
    Coded c = Coded.of("The German carmaker bought currency options to protect its earnings. "
        + "French troops protected the aid convoy near Gao.", "2013-03-04");
    assertEquals(1, c.root("074").size(), c.describe());
    assertEquals("protected", c.root("074").get(0).evidence().trigger(), c.describe());
  }

  @Test
  void aCostBookedIsNoCharge() {
    Coded c = Coded.of("Halvorsen Shipping Co took a fourth quarter charge of 45 mln dlrs against earnings. "
        + "The bank charged off 20 mln dlrs of farm loans. "
        + "Oslo Tankers said it would take a 15 mln dlr charge in the second quarter. "
        + "Police charged the Norwegian shipowner with fraud on Tuesday.", "1987-05-12");
    assertEquals(1, c.root("17").size(), c.describe());
    assertEquals("charged", c.root("17").get(0).evidence().trigger(), c.describe());
    assertTrue(c.root("11").isEmpty(), c.describe());
  }

  @Test
  void shareholdersMeetAsOwnersAndCentralBanksAreOfTheState() {
    Coded c = Coded.of("Shareholders of Nordfisk approved the merger at a special meeting in Bergen on Friday. "
        + "Several central banks criticised the Norwegian government's budget on Monday.", "1987-03-02");
    assertTrue(c.root("04").isEmpty(), "a shareholders' meeting is a firm's business: " + c.describe());
    assertEquals("GOV", c.root("11").get(0).source().get(0).sector(), c.describe());
  }

  @Test
  void aPriceOfferedOrSharesOfferedAreTrade() {
    Coded c = Coded.of("Harlow Metals, Duluth, offered 0.6412 dlrs per lb for the copper. "
        + "Shareholders will be offered shares of two new companies. "
        + "Kenya offered talks to the Somali rebels on Monday.", "1987-03-02");
    assertEquals(1, c.root("03").size(), c.describe());
  }

  @Test
  void aMarketsRallyIsNoProtest() {
    Coded c = Coded.of("Shares in the Danish shipping group rallied on Monday after its results. "
        + "The krone staged a rally against the euro on Tuesday. "
        + "The pound rallied in London trading.", "2005-03-02");
    assertTrue(c.root("14").isEmpty(), c.describe());
  }

  @Test
  void aCrowdsRallyIsAProtest() {
    Coded c = Coded.of("Thousands of Danish farmers staged a rally outside parliament on Monday.", "2005-03-02");
    assertEquals("141", c.trigger("rally").cameo(), c.describe());
  }

  @Test
  void aChargeForAServiceIsAFee() {
    Coded c = Coded.of("The Danish airport operator will raise landing charges in April. "
        + "Drivers in Copenhagen will pay the congestion charge from May. "
        + "The Danish government will scrap prescription charges next year.", "2005-03-02");
    assertTrue(c.root("17").isEmpty() && c.root("13").isEmpty(), c.describe());
  }

  @Test
  void chargesBroughtOrDroppedStayLegal() {
    Coded c = Coded.of("Danish prosecutors dropped the charges against the former minister on Monday.", "2005-03-02");
    assertEquals("173", c.trigger("charges").cameo(), c.describe());
  }

  @Test
  void marketTalkIsNoPoliticalSpeech() {
    Coded c = Coded.of("TOKYO - Dealers warned that the yen could weaken further next week. Analysts said the "
        + "shares of Kessler Motors AG were badly undervalued and urged investors to buy them.", "1987-05-12");
    assertTrue(c.doc.events().isEmpty(), c.describe());
  }

  @Test
  void aBusinessBodyJudgingAGovernmentStillSpeaksPolitics() {
    Coded c = Coded.of("The Kenyan employers' federation criticised the government's new import tax on Monday.", "1987-05-12");
    assertFalse(c.root("11").isEmpty(), c.describe());
  }

  @Test
  void investingWithNoPartnerIsNoCooperation() {
    Coded c = Coded.of("The Irish finance minister said he would keep to his rule of borrowing only to invest.", "2005-02-01");
    assertTrue(c.root("06").isEmpty(), c.describe());
    Coded d = Coded.of("The Dutch government praised Labour investment in hospitals.", "2005-02-01");
    assertTrue(d.root("06").isEmpty(), d.describe());
  }

  @Test
  void investingInACountryCooperatesWithIt() {
    Coded c = Coded.of("Japanese firms will invest in Kenya's power plants, the Kenyan energy minister said.", "2005-02-01");
    Event e = c.trigger("invest");
    assertEquals("KEN", Coded.countries(e.target()), c.describe());
  }
}

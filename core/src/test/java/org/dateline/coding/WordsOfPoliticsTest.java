package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Statements and words of force in politics: what a verb means by what it takes and who uses it. */
class WordsOfPoliticsTest {
  @Test
  void decliningToCommentIsDecliningComment() {
    Coded c = Coded.of("The Nigerian oil ministry declined to comment on the report. "
        + "The Ghanaian minister rejected the opposition's statement.", "2016-03-01");
    assertEquals("011", c.trigger("declined").cameo(), c.describe());
    assertEquals("12", c.trigger("rejected").cameo().substring(0, 2), c.describe());
  }

  @Test
  void insistingIsAStatementAndInsistingOnIsADemand() {
    Coded c = Coded.of("The Zambian president insisted he had done nothing wrong. "
        + "The Zambian opposition insisted on a recount of the votes.", "2016-03-01");
    assertTrue(!c.trigger("insisted").cameo().startsWith("10"), c.describe());
    assertEquals(1, c.root("10").size(), c.describe());
  }

  @Test
  void acknowledgingIsClaimingResponsibilityOnlyForAnAct() {
    Coded c = Coded.of("The Sudanese minister acknowledged that the plan had flaws. "
        + "The Somali militant group acknowledged responsibility for the bombing.", "2016-03-01");
    assertEquals(1, c.root("015").size(), c.describe());
  }

  @Test
  void recognitionIsOfStatesAndGovernments() {
    Coded c = Coded.of("The Peruvian council recognised the need for more housing. "
        + "Paraguay recognised the independence of Kosovo on Monday.", "2016-03-01");
    assertEquals(1, c.root("054").size(), c.describe());
    assertEquals("PRY", Coded.countries(c.root("054").get(0).source()), c.describe());
  }

  @Test
  void orderingAircraftIsBuyingThem() {
    Coded c = Coded.of("The Chilean air force ordered twelve new transport aircraft. "
        + "The Chilean general ordered the evacuation of the town.", "2016-03-01");
    assertEquals(1, c.root("10").size(), c.describe());
    assertEquals("ordered", c.root("10").get(0).evidence().trigger(), c.describe());
    assertTrue(c.root("10").get(0).evidence().text().contains("evacuation"), c.describe());
  }

  @Test
  void arrestingARiseHaltsItArrestingPeopleDetainsThem() {
    Coded c = Coded.of("The Japanese government moved to arrest a rapid rise of the yen.", "1987-04-20");
    assertTrue(c.root("17").isEmpty(), c.describe());
    Coded people = Coded.of("Kenyan police arrested dozens in Nairobi.", "2005-02-13");
    assertEquals("173", people.trigger("arrested").cameo(), people.describe());
  }

  @Test
  void anAttackOnARecordIsCriticism() {
    Coded c = Coded.of("The Tory chairman opened the conference in Blackpool with an attack on Labour's record.", "2005-02-13");
    assertEquals("111", c.trigger("attack").cameo(), c.describe());
    Coded town = Coded.of("Rebels launched an attack on the town of Goma.", "2005-02-13");
    assertEquals("19", town.trigger("attack").cameo().substring(0, 2), town.describe());
  }

  @Test
  void politiciansAttackInWords() {
    Coded c = Coded.of("Tory leader Alastair Pembury attacked Labour over immigration on Monday.", "2005-02-13");
    assertEquals("111", c.trigger("attacked").cameo(), c.describe());
  }

  @Test
  void aPersonNamedBareAttacksAPoliticianInWords() {
    Coded c = Coded.of("Mr Pembury launched a scathing attack on the chancellor on Monday.", "2005-02-13");
    assertEquals("111", c.trigger("attack").cameo(), c.describe());
    Coded d = Coded.of("Alastair Pembury attacked the prime minister over his record on crime.", "2005-02-13");
    assertEquals("111", d.trigger("attacked").cameo(), d.describe());
  }

  @Test
  void aPersonArmedOrArmedMenAttackWithForce() {
    Coded c = Coded.of("Alastair Pembury attacked the MP outside his office with a knife.", "2005-02-13");
    assertEquals(0, c.root("111").size(), c.describe());
    Coded d = Coded.of("A gunman attacked the minister's convoy near Kandahar.", "2005-02-13");
    assertEquals(0, d.root("111").size(), d.describe());
    Coded e = Coded.of("Alastair Pembury attacked Jonathan Hale in a bar in Leeds.", "2005-02-13");
    assertEquals(0, e.root("111").size(), e.describe());
  }

  @Test
  void armedPartiesAttackWithForce() {
    Coded c = Coded.of("Russian troops attacked Ukrainian positions near the village on Monday. "
        + "Protesters attacked the Labour Party office with petrol bombs.", "2022-02-13");
    assertTrue(c.trigger("attacked").cameo().startsWith("19") || c.trigger("attacked").cameo().startsWith("18"), c.describe());
    assertEquals(0, c.root("111").size(), c.describe());
  }

  @Test
  void meetingATargetIsNoMeeting() {
    Coded c = Coded.of("The Estonian finance minister met his target for borrowing. "
        + "The Estonian prime minister met the Latvian president in Riga.", "2016-03-01");
    assertEquals(1, c.root("04").size(), c.describe());
    assertEquals("LVA", Coded.countries(c.root("04").get(0).target()), c.describe());
  }

  @Test
  void heldWithoutChargeIsNoCharge() {
    Coded c = Coded.of("The Bahraini activists were held without charge for two weeks.", "2016-03-01");
    assertTrue(c.root("17").isEmpty(), c.describe());
  }

  @Test
  void decliningToTellIsDecliningComment() {
    Coded c = Coded.of("The Chilean minister refused to answer questions about the contract. "
        + "The Chilean embassy declined to elaborate.", "2016-03-01");
    assertEquals("011", c.trigger("refused").cameo(), c.describe());
    assertEquals("011", c.trigger("declined").cameo(), c.describe());
  }

  @Test
  void aWarningOfWhatWillBefallIsAPessimisticComment() {
    Coded c = Coded.of("The Kenyan trade minister warned that many small farms could be ruined by the new tariff. "
        + "Ghana's finance minister warned of a deep recession.", "2019-09-11");
    for (org.dateline.model.Event e : c.root("")) {
      if (e.evidence().trigger().equals("warned")) assertEquals("012", e.cameo(), c.describe());
    }
    assertEquals(2, c.root("012").size(), c.describe());
  }

  @Test
  void aWarningOfForceIsAThreat() {
    Coded c = Coded.of("Uganda warned that it would retaliate against any attack. The Malian police chief "
        + "warned that police would no longer tolerate the marches.", "2019-09-11");
    assertTrue(c.root("13").size() == 2, c.describe());
  }
  @Test
  void anAttackGivenWithTheWordsSaidIsCriticism() {
    Coded c = Coded.of("Kenya's president attacked European colonialists, saying they had stripped the region of its wealth.", "2005-02-13");
    assertEquals("111", c.trigger("attacked").cameo(), c.describe());
    Coded d = Coded.of("The nurses' union attacked health ministers for failing to fill vacancies.", "2005-02-13");
    assertEquals("111", d.trigger("attacked").cameo(), d.describe());
    Coded e = Coded.of("The bishop attacked the judges, calling them cowards.", "2005-02-13");
    assertEquals("111", e.trigger("attacked").cameo(), e.describe());
  }

  @Test
  void anArmedAttackWithAParticipleOrForAWhileIsStillForce() {
    Coded c = Coded.of("Rebels attacked the garrison town on Monday, killing five soldiers.", "2005-02-13");
    assertTrue(c.trigger("attacked").cameo().startsWith("19"), c.describe());
    Coded d = Coded.of("Soldiers attacked the village for three hours.", "2005-02-13");
    assertTrue(d.trigger("attacked").cameo().startsWith("19"), d.describe());
    Coded e = Coded.of("Militants attacked the convoy, saying it carried weapons for the army.", "2005-02-13");
    assertTrue(e.trigger("attacked").cameo().startsWith("19"), e.describe());
  }

  @Test
  void questioningADecisionIsDisapprovalQuestioningAPersonIsNot() {
    Coded c = Coded.of("The farmers' federation questioned the wisdom of cutting subsidies. "
        + "Two senators questioned whether the treaty was legal.", "2005-02-13");
    assertEquals(2, c.root("11").size(), c.describe());
    Coded d = Coded.of("Police questioned the suspect for six hours. Detectives were unable to question him. "
        + "Jonathan Hale was questioned by detectives on Tuesday.", "2005-02-13");
    assertEquals(0, d.root("11").size(), d.describe());
    Coded e = Coded.of("The prime minister took questions from voters on Saturday, and will face more questioning at "
        + "Prime Minister's Questions on Wednesday.", "2005-02-13");
    assertEquals(0, e.root("11").size(), e.describe());
    // "US" is a country's name, no "us"
    Coded f = Coded.of("Zambia questioned the US over the new tariffs on Monday.", "2005-02-13");
    assertEquals(1, f.root("11").size(), f.describe());
  }
}

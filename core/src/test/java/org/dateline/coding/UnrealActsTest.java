package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Acts asked about, acts one may do and plans of nothing political are no news of a deed. */
class UnrealActsTest {
  @Test
  void anOpenQuestionTellsNoAct() {
    Coded c = Coded.of("Diplomats are unsure whether Uganda has cut its aid to South Sudan.", "2016-08-02");
    assertEquals("hypothetical", c.trigger("cut").modality(), c.describe());
  }

  @Test
  void whatOneMayDoIsNoDeed() {
    Coded c = Coded.of("The Chilean miners are eligible to appeal against the sentence. "
        + "Venezuela is unlikely to accept the Colombian proposal.", "2016-08-02");
    assertEquals("hypothetical", c.trigger("appeal").modality(), c.describe());
    assertEquals("hypothetical", c.trigger("accept").modality(), c.describe());
  }

  @Test
  void anActNamedAsARiskOrWhereAThingCouldLeadIsNotDone() {
    Coded c = Coded.of("Chile faces the risk of a terrorist attack, the Chilean interior minister said. Fears of a "
        + "strike by Chilean dockers were growing. The Chilean pension reform could lead to protests.", "2016-08-02");
    assertEquals("hypothetical", c.trigger("attack").modality(), c.describe());
    assertEquals("hypothetical", c.trigger("strike").modality(), c.describe());
    assertEquals("hypothetical", c.trigger("protests").modality(), c.describe());
    // what a dispute led to happened
    Coded d = Coded.of("The Chilean pension dispute led to protests in Santiago on Monday.", "2016-08-02");
    assertNull(d.trigger("protests").modality(), d.describe());
  }

  @Test
  void anActJudgedInGeneralIsNotDone() {
    Coded c = Coded.of("It would be wrong to attack the protesters, the Chilean minister said. The opposition "
        + "leader said it was shameful to propose quotas for refugees.", "2016-08-02");
    assertEquals("hypothetical", c.trigger("attack").modality(), c.describe());
    assertEquals("hypothetical", c.trigger("propose").modality(), c.describe());
    // an act done is news, whoever judges it
    Coded d = Coded.of("Chilean police attacked the protesters, which the minister said was wrong.", "2016-08-02");
    assertNull(d.trigger("attacked").modality(), d.describe());
  }

  @Test
  void aStrikeBallotedOnOrDatedAheadIsNotYetDone() {
    Coded c = Coded.of("The nurses' union will ballot its 40,000 members on strikes over pay. "
        + "Dock workers have already set a date for a one-day strike.", "2016-08-02");
    assertEquals("hypothetical", c.trigger("strikes").modality(), c.describe());
    assertEquals("future", c.trigger("strike").modality(), c.describe());
  }

  @Test
  void aStrikeVotedForOrThatOneCouldJoinIsNotYetDone() {
    Coded c = Coded.of("Nigerian teachers voted for a strike over unpaid salaries. Up to a million Nigerian "
        + "civil servants could take part in protests next month.", "2016-08-02");
    assertNotEquals(null, c.trigger("strike").modality(), c.describe());
    assertEquals("hypothetical", c.trigger("protests").modality(), c.describe());
    // taking part in protests that happen is news
    Coded done = Coded.of("Thousands of Nigerian civil servants took part in protests in Abuja on Monday.", "2016-08-02");
    assertNull(done.trigger("protests").modality(), done.describe());
  }

  @Test
  void theSameActToldPlainlyIsNews() {
    Coded c = Coded.of("Uganda cut its aid to South Sudan on Monday. The miners appealed against the sentence.", "2016-08-02");
    assertNull(c.trigger("cut").modality(), c.describe());
    assertNull(c.trigger("appealed").modality(), c.describe());
  }

  @Test
  void aPlanOfNothingPoliticalIsNoIntent() {
    Coded c = Coded.of("The Ghanaian utility plans to include the costs in its next rate filing. "
        + "A Kazakh student was preparing for her final exams in Almaty.", "2016-08-02");
    assertTrue(c.root("03").isEmpty(), c.describe());
  }

  @Test
  void aPlanOfAPoliticalActIsAnIntent() {
    Coded c = Coded.of("Indonesia plans to hold talks with Malaysia on the border next month.", "2016-08-02");
    assertEquals("03", c.trigger("plans").cameo().substring(0, 2), c.describe());
  }

  @Test
  void whatIsExpectedIsStillToCome() {
    Coded c = Coded.of("Ecuador is expected to offer a new proposal at the talks. "
        + "Nepal is due to sign the trade agreement with Bhutan.", "2019-09-11");
    assertEquals("future", c.trigger("offer").modality(), c.describe());
    assertEquals("future", c.trigger("sign").modality(), c.describe());
  }

  @Test
  void anActDatedAfterTheArticleIsStillToCome() {
    Coded c = Coded.of("Talks between Ecuador and Peru are scheduled for next Tuesday. "
        + "The Peruvian interior minister, Luis Ortega, announced his resignation, effective next Wednesday.", "2019-09-11");
    assertEquals("future", c.trigger("Talks").modality(), c.describe());
    assertNull(c.trigger("resignation").modality(), c.describe());
  }

  @Test
  void whatIsPreventedDidNotHappen() {
    Coded c = Coded.of("Nigerian union leaders held talks on Monday to avert a series of national strikes. "
        + "Kenyan police foiled an attack on the Nairobi embassy, officials said.", "2019-09-11");
    assertTrue(c.trigger("strikes").negated(), c.describe());
    assertTrue(c.trigger("attack").negated(), c.describe());
  }

  @Test
  void leaveToActIsNoAct() {
    Coded c = Coded.of("The two Zambian ministers were granted permission to appeal against the ruling.", "2019-09-11");
    assertEquals("hypothetical", c.trigger("appeal").modality(), c.describe());
  }

  @Test
  void aPowerOrLeaveGivenIsNoActDone() {
    Coded c = Coded.of("The Zambian electoral commission can suspend candidates who break the rules.", "2019-09-11");
    assertEquals("hypothetical", c.trigger("suspend").modality(), c.describe());
    Coded law = Coded.of("The new Zambian law allows the president to expel foreign journalists.", "2019-09-11");
    assertTrue(law.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("expel") && e.modality() == null),
        law.describe());
    Coded power = Coded.of("Zambia's police have the power to detain protesters without a warrant.", "2019-09-11");
    assertEquals("hypothetical", power.trigger("detain").modality(), power.describe());
  }

  @Test
  void whatTheFirstPersonCanDoIsAPowerUnlessItSaysIt() {
    Coded c = Coded.of("\"We can ban Zambian firms from certain kinds of business,\" the Malawian trade minister said.", "2019-09-11");
    assertEquals("hypothetical", c.trigger("ban").modality(), c.describe());
    Coded d = Coded.of("\"I can announce that we will reopen the border with Zambia,\" the Malawian president said.", "2019-09-11");
    assertTrue(d.doc.events().stream().noneMatch(e -> "hypothetical".equals(e.modality())), d.describe());
  }

  @Test
  void whatOneCannotDoOrSaysOneCanIsNotAPower() {
    Coded c = Coded.of("Zambia cannot accept the Malawian proposal.", "2019-09-11");
    assertTrue(c.trigger("accept").negated(), c.describe());
    assertNull(c.trigger("accept").modality(), c.describe());
  }

  @Test
  void whatOthersForeseeIsNoPromiseOfItsDoer() {
    Coded c = Coded.of("Zambian opposition leaders believe the government will expel the Malawian envoy.", "2019-09-11");
    assertTrue(c.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("expel") && e.modality() == null),
        c.describe());
    assertTrue(c.doc.events().stream().noneMatch(e -> "intent".equals(e.modality())), c.describe());
    // what is believed done is still told as done
    Coded done = Coded.of("Zambian police believe the gunmen attacked the convoy near Lusaka on Monday.", "2019-09-11");
    assertNull(done.trigger("attacked").modality(), done.describe());
  }

  @Test
  void signingUpToAListSignsNoAgreement() {
    Coded c = Coded.of("Thousands of Zambians signed up to the new voter register on Monday.", "2019-09-11");
    assertTrue(c.root("05").isEmpty(), c.describe());
  }

  @Test
  void whatOneIsToDoIsStillToCome() {
    Coded c = Coded.of("The Malawian government is to sign a border agreement with Zambia.", "2019-09-11");
    assertEquals("future", c.trigger("sign").modality(), c.describe());
  }

  @Test
  void whatARuleRequiresIsNotDone() {
    Coded c = Coded.of("A two-thirds majority of the Senate is required to convict the president.", "2019-09-11");
    assertEquals("hypothetical", c.trigger("convict").modality(), c.describe());
  }

  @Test
  void picturesCapturedAreNoSeizure() {
    Coded c = Coded.of("Kenyan tourists captured pictures and video of the incident. "
        + "Somali rebels captured the town of Kismayo on Monday.", "2019-09-11");
    assertEquals(1, c.root("").stream().filter(e -> e.evidence().trigger().equals("captured")).count(), c.describe());
  }

  @Test
  void wantingToActIsAnIntentAndWantingAnotherToActAsksIt() {
    Coded c = Coded.of("Kenya wants to hold talks with Somalia. The Somali rebels want the government to release "
        + "their commanders. A Kenyan official wants a cup of tea.", "2019-09-11");
    assertEquals("03", c.trigger("wants").cameo().substring(0, 2), c.describe());
    assertEquals("10", c.trigger("want").cameo().substring(0, 2), c.describe());
    assertEquals(2, c.root("").size(), c.describe());
  }

  @Test
  void whatNobodyDoesIsNegated() {
    Coded c = Coded.of("Nobody is denying that the two Irish unions have held talks about a merger.");
    assertTrue(c.root("01").stream().allMatch(e -> e.negated()), c.describe());
    Coded none = Coded.of("Nobody was killed in the attack on the Kenyan police station.");
    assertTrue(none.root("18").stream().allMatch(e -> e.negated()), none.describe());
    Coded someone = Coded.of("The Irish union leader denied that the two unions had held talks about a merger.");
    assertTrue(someone.root("01").stream().anyMatch(e -> !e.negated()), someone.describe());
  }

  @Test
  void aModalOnTheVerbThatGovernsTheActScopesOverIt() {
    Coded tried = Coded.of("Rebels in Chad could try to attack the capital next week.");
    assertEquals("hypothetical", tried.trigger("attack").modality(), tried.describe());
    Coded found = Coded.of("Protesters in Minsk could find themselves arrested by police.");
    assertEquals("hypothetical", found.trigger("arrested").modality(), found.describe());
    Coded done = Coded.of("Rebels in Chad tried to attack the capital on Monday.");
    assertEquals(null, done.trigger("attack").modality(), done.describe());
  }

  @Test
  void whatAProposalDoesIsWhatItWouldDo() {
    Coded plan = Coded.of("The Scottish proposals encourage police officers to work more closely with local people.");
    assertEquals("hypothetical", plan.trigger("encourage").modality(), plan.describe());
    Coded minister = Coded.of("The Scottish justice minister encouraged police officers to work more closely with local people.");
    assertEquals(null, minister.trigger("encouraged").modality(), minister.describe());
  }
  @Test
  void whatMightBeAgreedIsNoIntentStated() {
    Coded c = Coded.of("Diplomats said farm ministers might be able to agree a price package next week.", "2005-01-01");
    assertEquals("hypothetical", c.trigger("agree").modality(), c.describe());
  }

  @Test
  void aConjunctSharesItsHeadsWouldButNotAcrossBut() {
    Coded c = Coded.of("\"If I were the prime minister, I would close the session in May and open a new one to discuss "
        + "the tax plans,\" the aide said.", "2005-01-01");
    assertEquals("hypothetical", c.trigger("discuss").modality(), c.describe());
    Coded d = Coded.of("The Peruvian president would have faced impeachment over the bribes but resigned on Monday.", "2005-01-01");
    assertNotEquals("hypothetical", d.trigger("resigned").modality(), d.describe());
  }

  @Test
  void anActNamedByWhatAPermittedDeedTakesIsNotDone() {
    Coded c = Coded.of("Plans to allow the interior minister to place suspects under house arrest face a vote in parliament.", "2005-01-01");
    assertTrue(c.doc.events().stream().allMatch(e -> "hypothetical".equals(e.modality())), c.describe());
  }

  @Test
  void neitherOfThemDidIt() {
    Coded c = Coded.of("Neither the Peruvian president nor his spokesmen returned calls seeking comment. "
        + "Neither side has agreed to the ceasefire.", "2005-01-01");
    assertTrue(c.doc.events().stream().allMatch(e -> e.negated() || e.modality() != null), c.describe());
    assertTrue(c.root("08").isEmpty() && c.root("02").isEmpty(), c.describe());
  }

  @Test
  void whatAMeasureIsForIsNotDone() {
    Coded c = Coded.of("The Dutch government launched a scheme to encourage farmers to plant more trees.");
    assertTrue(c.root("02").stream().allMatch(e -> "hypothetical".equals(e.modality())), c.describe());
    Coded d = Coded.of("The plan is part of a wider Labour policy to encourage first-time buyers.");
    assertTrue(d.root("02").stream().allMatch(e -> "hypothetical".equals(e.modality())), d.describe());
  }

  @Test
  void whatDefinesAKindOfPeopleIsNoEvent() {
    Coded c = Coded.of("The Irish police have no guidance yet on any hunters who do violate the new law.");
    assertTrue(c.root("12").isEmpty(), c.describe());
    Coded d = Coded.of("Nigerian police arrested three men who attacked a bus in Lagos on Monday.");
    assertEquals(1, d.root("18").size() + d.root("19").size(), "a past deed of named men is one: " + d.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sense from who acts and on what: the doer must be able to act, the object must fit the act. */
class SenseTest {
  @Test
  void animalsOccupyingAForestOccupyNoTerritory() {
    Coded c = Coded.of("Millions of monarch butterflies occupied the pine forests of Michoacán this winter.");
    assertTrue(c.root("19").isEmpty(), c.describe());
  }

  @Test
  void soldiersOccupyingATownDo() {
    Coded c = Coded.of("Ethiopian soldiers occupied the border town of Humera on Saturday.");
    assertEquals("192", c.trigger("occupied").cameo(), c.describe());
  }

  @Test
  void commentDeclinedIsNoRejection() {
    Coded c = Coded.of("A Finance Ministry spokesman declined comment on the loan talks.");
    assertEquals("011", c.trigger("declined").cameo(), c.describe());
  }

  @Test
  void whatWasJustSaidDeniedIsADenial() {
    Coded c = Coded.of("Reports said the Kenyan minister had quit. The minister denied all that on Friday.");
    assertEquals("016", c.trigger("denied").cameo(), c.describe());
    Coded v = Coded.of("The Kenyan embassy denied the journalist a visa.");
    assertEquals("120", v.trigger("denied").cameo(), v.describe());
  }

  @Test
  void aFireThatKillsIsNoAttack() {
    Coded c = Coded.of("A fire in a furniture warehouse in Lagos killed four workers on Tuesday.");
    assertTrue(c.root("18").isEmpty() && c.root("19").isEmpty(), c.describe());
  }

  @Test
  void aCarThatStrikesIsNoForce() {
    Coded c = Coded.of("A delivery truck struck a cyclist near the Ghanaian parliament on Monday.");
    assertTrue(c.root("19").isEmpty(), c.describe());
  }

  @Test
  void gunmenWhoKillAreViolence() {
    Coded c = Coded.of("Gunmen killed six villagers in Zamfara state on Sunday, Nigerian police said.");
    assertEquals("18", c.trigger("killed").cameo().substring(0, 2), c.describe());
  }

  @Test
  void rememberingIsNoRecall() {
    Coded c = Coded.of("The Chilean senator recalled visiting the mine as a child.");
    assertTrue(c.root("16").isEmpty(), c.describe());
  }

  @Test
  void recallingAnEnvoyIs() {
    Coded c = Coded.of("Peru recalled its ambassador to Mexico on Thursday.");
    assertEquals("161", c.trigger("recalled").cameo(), c.describe());
  }

  @Test
  void receivingTreatmentOrADegreeIsNoVisit() {
    Coded c = Coded.of("The former Tongan minister received medical treatment in Auckland last year.");
    assertTrue(c.root("04").isEmpty(), c.describe());
    Coded d = Coded.of("The Kenyan president received the Ugandan foreign minister in Nairobi on Friday.");
    assertEquals("043", d.trigger("received").cameo(), d.describe());
  }

  @Test
  void seizingAnOpportunityConfiscatesNothing() {
    Coded c = Coded.of("The Greek prime minister said Athens would seize the opportunity to renegotiate.");
    assertTrue(c.root("17").isEmpty(), c.describe());
    Coded d = Coded.of("Italian customs officers seized two tonnes of cocaine at the port of Gioia Tauro.");
    assertEquals("1711", d.trigger("seized").cameo(), d.describe());
  }

  @Test
  void attackingADecisionIsCriticism() {
    Coded c = Coded.of("The Polish opposition leader attacked the government's decision to close the border.");
    assertEquals("111", c.trigger("attacked").cameo(), c.describe());
  }

  @Test
  void strikingADealIsAnAgreement() {
    Coded c = Coded.of("Chile and Argentina struck a deal on gas exports on Wednesday.");
    assertEquals("057", c.trigger("struck").cameo(), c.describe());
  }

  @Test
  void aHeartAttackIsNoAttack() {
    Coded c = Coded.of("The Zambian opposition leader died of a heart attack in Lusaka on Monday.");
    assertTrue(c.root("19").isEmpty(), c.describe());
  }

  @Test
  void releasedAnimalsAreNoPrisoners() {
    Coded c = Coded.of("Rangers in Kenya released two rhinos into the Tsavo park on Monday.");
    assertTrue(c.root("08").isEmpty(), c.describe());
  }

  @Test
  void aQuestionReportsNothing() {
    Coded c = Coded.of("Which Venezuelan opposition leaders have you supported in the past?");
    assertTrue(c.doc.events().isEmpty(), c.describe());
  }

  @Test
  void rocketsThatStrikeAreForce() {
    Coded c = Coded.of("Rockets struck the Green Zone in Baghdad on Tuesday night, Iraqi officials said.");
    assertEquals("19", c.trigger("struck").cameo().substring(0, 2), c.describe());
  }

  @Test
  void aPartysMachinesActForIt() {
    Coded c = Coded.of("Turkish army helicopters evacuated wounded soldiers from the border town on Friday.");
    assertEquals("07", c.trigger("evacuated").cameo().substring(0, 2), c.describe());
    Coded d = Coded.of("The LRA's armed wing refused to release the captured aid workers.");
    assertEquals("12", d.trigger("refused").cameo().substring(0, 2), d.describe());
  }

  @Test
  void aMadeThingOrANamedStormDoesNoPoliticalAct() {
    Coded c = Coded.of("The new walkway allows passengers to transfer between the two lines. Typhoon Haima threatened "
        + "the northern coast of Luzon on Monday.", "2019-10-17");
    assertTrue(c.doc.events().isEmpty(), c.describe());
    Coded law = Coded.of("The Kenyan parliament allowed the president to extend the curfew.", "2019-10-17");
    assertEquals("083", law.trigger("allowed").cameo(), law.describe());
  }

  @Test
  void whatAStormOrAnAnimalDoesInAParticipleOrAPassiveIsNoViolence() {
    Coded c = Coded.of("Cyclone Idai struck the coast of Mozambique on Thursday, killing at least 30 people.");
    assertTrue(c.root("18").isEmpty() && c.root("19").isEmpty(), c.describe());
    Coded d = Coded.of("A Kenyan farmer was killed by his own lions on Tuesday.");
    assertTrue(d.root("18").isEmpty() && d.root("19").isEmpty(), d.describe());
    // gunmen in a participle still kill
    Coded e = Coded.of("Gunmen stormed a bus station in Mombasa on Tuesday, killing 12 travellers.");
    assertTrue(!e.root("18").isEmpty() || !e.root("19").isEmpty(), e.describe());
  }

  @Test
  void aStudyThatDemonstratesShowsAndProtestersWhoDemonstrateProtest() {
    Coded c = Coded.of("A new Dutch study demonstrates that the old dikes held back the sea for centuries.");
    assertTrue(c.root("14").isEmpty(), c.describe());
    Coded d = Coded.of("Thousands of teachers demonstrated outside the Chilean education ministry on Monday.");
    assertEquals("14", d.trigger("demonstrated").cameo().substring(0, 2), d.describe());
  }

  @Test
  void gatheringViewsIsCollectingThemAndACrowdThatGathersProtests() {
    Coded c = Coded.of("The Brazilian documentary gathered the views of farmers along the river.");
    assertTrue(c.root("14").isEmpty(), c.describe());
    Coded d = Coded.of("Angry farmers gathered outside the Brazilian agriculture ministry on Friday.");
    assertEquals("14", d.trigger("gathered").cameo().substring(0, 2), d.describe());
  }

  @Test
  void aWorkOrARuleDoesNoDeedButAReportStillAccuses() {
    Coded c = Coded.of("The new Danish law allows the police to hold suspects for two weeks.");
    assertTrue(c.root("08").isEmpty(), c.describe());
    Coded d = Coded.of("The Kenyan ceasefire deal allows the rebels to keep their weapons until March.");
    assertTrue(d.root("08").isEmpty(), d.describe());
    Coded e = Coded.of("A United Nations report accused the Myanmar army of burning villages in Rakhine.");
    assertEquals("11", e.trigger("accused").cameo().substring(0, 2), e.describe());
  }

  @Test
  void aThingAClauseModifiesDoesNoDeedButPeopleInOneStillAct() {
    Coded c = Coded.of("Foreign students must now obtain a Canadian visa allowing them to work part-time.");
    assertTrue(c.root("08").isEmpty() && c.root("03").isEmpty(), c.describe());
    Coded d = Coded.of("Chilean ministers introduced rules which allow shorter sentences for young offenders.");
    assertTrue(d.root("08").isEmpty() && d.root("03").isEmpty(), d.describe());
    // a party in the clause acts: a participle's noun or a relative clause's doer
    Coded e = Coded.of("Kenyan police investigating the bombing arrested two men in Garissa on Monday.");
    assertEquals("173", e.trigger("arrested").cameo(), e.describe());
    Coded f = Coded.of("The Peruvian congress, which allowed the president to extend the curfew, met on Monday.");
    assertEquals("08", f.trigger("allowed").cameo().substring(0, 2), f.describe());
  }

  @Test
  void dismissingOneAsSomethingDisparages() {
    Coded c = Coded.of("The Dutch Labour party dismissed the coalition's housing plan as desperate.");
    assertEquals("111", c.trigger("dismissed").cameo(), c.describe());
    Coded d = Coded.of("The Dutch Labour party dismissed the coalition's housing plan on Tuesday.");
    assertEquals("120", d.trigger("dismissed").cameo(), "no name given, a plan dismissed is rejected: " + d.describe());
    Coded e = Coded.of("The Dutch finance minister dismissed the reports as nonsense.");
    assertEquals("016", e.trigger("dismissed").cameo(), "reports dismissed are denied: " + e.describe());
  }

  @Test
  void appreciatingThatSomethingIsSoIsNoThanks() {
    Coded c = Coded.of("The Danish finance minister appreciated that the markets were nervous after the vote.");
    assertTrue(c.root("05").isEmpty(), c.describe());
    Coded d = Coded.of("The Danish finance minister appreciated the help of the Swedish coastguard.");
    assertEquals("051", d.trigger("appreciated").cameo(), d.describe());
  }

  @Test
  void acceptingThatSomethingIsSoOrAcceptingMoneyConcedesNothing() {
    Coded c = Coded.of("The Irish health minister accepted that mistakes had been made in the vaccine rollout.");
    assertTrue(c.root("08").isEmpty(), c.describe());
    Coded d = Coded.of("A former Brazilian mayor accepted bribes from two construction firms.");
    assertTrue(d.root("08").isEmpty(), d.describe());
    Coded e = Coded.of("The Ethiopian army accepted responsibility for the deaths of the villagers.");
    assertEquals("015", e.trigger("accepted").cameo(), e.describe());
    // demands accepted are conceded, even with a clause the parser hangs on the verb
    Coded f = Coded.of("The Malian government on Friday accepted demands from the striking teachers that it raise pay.");
    assertEquals("08", f.trigger("accepted").cameo().substring(0, 2), f.describe());
  }

  @Test
  void marketsRallyAndInterestsAreInjuredWithoutProtestOrAssault() {
    Coded c = Coded.of("Oil prices rose in Singapore on Tuesday in a short covering rally. Japanese rice farmers "
        + "asked for import protection. The Canadian airline filed for bankruptcy protection. The new Canadian "
        + "tariffs injured European trade interests.");
    assertTrue(c.root("14").isEmpty() && c.root("07").isEmpty() && c.root("18").isEmpty(), c.describe());
    Coded d = Coded.of("Thousands of Canadian farmers held a rally in Ottawa on Tuesday. A roadside bomb injured "
        + "three Canadian soldiers in Kandahar.");
    assertEquals("14", d.trigger("rally").cameo().substring(0, 2), d.describe());
    assertEquals("18", d.trigger("injured").cameo().substring(0, 2), d.describe());
  }

  @Test
  void leavingTalksReducesRelationsAndLeavingARaceIsNoEvent() {
    Coded c = Coded.of("The Uruguayan trade minister pulled out of the talks with Argentina on Monday. "
        + "Chile withdrew from the fishing treaty with Peru.");
    assertEquals("16", c.trigger("pulled").cameo().substring(0, 2), c.describe());
    assertEquals("16", c.trigger("withdrew").cameo().substring(0, 2), c.describe());
    Coded d = Coded.of("A Uruguayan senator withdrew from the presidential race on Monday.");
    assertTrue(d.doc.events().isEmpty(), d.describe());
    Coded e = Coded.of("Argentine troops pulled out of the border town on Monday.");
    assertEquals("0874", e.trigger("pulled").cameo(), e.describe());
  }

  @Test
  void deridingOrRidiculingIsCriticism() {
    Coded c = Coded.of("The Uruguayan opposition leader derided the government's budget. The Uruguayan president "
        + "ridiculed the senator's claims.");
    assertEquals("111", c.trigger("derided").cameo(), c.describe());
    assertEquals("111", c.trigger("ridiculed").cameo(), c.describe());
  }

  @Test
  void hopingForWhatCodesNothingOrFightingForVotesIsNoEvent() {
    Coded c = Coded.of("The Norwegian Greens hope to win seats from the Labour Party. The Norwegian mayor is "
        + "fighting for his life in hospital. Norwegian farmers have fought for compensation for years.");
    assertTrue(c.doc.events().isEmpty(), c.describe());
    Coded d = Coded.of("The Norwegian prime minister hopes to meet the Swedish king next week.");
    assertEquals("03", d.trigger("hopes").cameo().substring(0, 2), d.describe());
  }

  @Test
  void comingHomeReturnsNothing() {
    Coded c = Coded.of("The Irish senator returned home to Galway after the vote.");
    assertTrue(c.root("08").isEmpty(), c.describe());
    Coded d = Coded.of("Colombia returned the seized fishing boats to Nicaragua on Tuesday.");
    assertEquals("08", d.trigger("returned").cameo().substring(0, 2), d.describe());
  }

  @Test
  void shootingAFilmIsNoViolence() {
    Coded c = Coded.of("The Canadian crew began shooting the film in Toronto in May.");
    assertTrue(c.root("18").isEmpty() && c.root("19").isEmpty(), c.describe());
    Coded d = Coded.of("Soldiers shot two protesters in the Sudanese capital on Monday.");
    assertTrue(!d.root("18").isEmpty() || !d.root("19").isEmpty(), d.describe());
  }

  @Test
  void partOfAPlaceIsThePlace() {
    Coded c = Coded.of("Syrian troops captured part of the rebel-held town of Saraqeb on Sunday.");
    assertEquals("19", c.trigger("captured").cameo().substring(0, 2), c.describe());
  }

  @Test
  void fightingCrimeOrADiseaseIsNoForce() {
    Coded c = Coded.of("The Mexican government is fighting corruption in the customs service.");
    assertTrue(c.root("19").isEmpty() && c.root("18").isEmpty(), c.describe());
    Coded d = Coded.of("The Scottish minister announced a new fight against binge drinking on Monday.");
    assertTrue(d.root("19").isEmpty() && d.root("18").isEmpty(), d.describe());
    Coded e = Coded.of("Nigerian soldiers fought Boko Haram militants near Maiduguri on Sunday.");
    assertTrue(!e.root("19").isEmpty() || !e.root("18").isEmpty(), e.describe());
  }

  @Test
  void evidenceGatheredIsCollected() {
    Coded c = Coded.of("The Kenyan court rejected the evidence gathered against the opposition leader.");
    assertTrue(c.root("14").isEmpty(), c.describe());
  }

  @Test
  void withdrawingABillIsNoRetreatButWithdrawingForcesIs() {
    Coded c = Coded.of("Hong Kong's Chief Executive Carrie Lam announced on Wednesday the withdrawal of the extradition bill.");
    assertTrue(c.root("087").isEmpty(), c.describe());
    Coded d = Coded.of("The United States began the withdrawal of its forces from northern Syria on Sunday.");
    assertEquals("08", d.trigger("withdrawal").cameo().substring(0, 2), d.describe());
    Coded e = Coded.of("Students held demonstrations against the new Chilean education law on Monday.");
    assertEquals("14", e.trigger("demonstrations").cameo().substring(0, 2), e.describe());
  }

  @Test
  void executingAProgrammeOrChargingFeesIsNoViolenceNorCharge() {
    Coded c = Coded.of("The Kenyan government is executing its economic programme. "
        + "Kenyan universities will charge fees of up to 3,000 shillings.", "2005-03-01");
    assertTrue(c.root("18").isEmpty() && c.root("11").isEmpty(), c.describe());
    Coded k = Coded.of("Iran executed two men convicted of spying. Prosecutors in Nairobi charged the minister with fraud.",
        "2005-03-01");
    assertEquals("18", k.trigger("executed").cameo().substring(0, 2), k.describe());
    assertEquals("17", k.trigger("charged").cameo().substring(0, 2), k.describe());
  }

  @Test
  void denyingSomeoneAThingRefusesItAndDenyingAClaimDeniesIt() {
    Coded c = Coded.of("The Kenyan interior ministry denied entry to the journalists on Monday.", "2005-03-01");
    assertEquals("12", c.trigger("denied").cameo().substring(0, 2), c.describe());
    Coded d = Coded.of("The Kenyan army denied any involvement in the killings.", "2005-03-01");
    assertEquals("016", d.trigger("denied").cameo(), d.describe());
  }
  @Test
  void aNameSaysWhatItNamesByItsLastWord() {
    Coded school = Coded.of("The Ghanaian senator attended Columbia University before she entered politics.");
    assertTrue(school.root("04").isEmpty(), school.describe());
    Coded cup = Coded.of("Qatar hosted the Asian Cup in 2011.");
    assertTrue(cup.root("04").isEmpty(), cup.describe());
    Coded talks = Coded.of("The Kenyan foreign minister attended the Munich Security Conference on Saturday.");
    assertEquals("042", talks.trigger("attended").cameo(), talks.describe());
    Coded envoy = Coded.of("The Emir of Qatar received the United Nations Secretary-General in Doha.");
    assertEquals("043", envoy.trigger("received").cameo(), envoy.describe());
  }

  @Test
  void receivingAShareOfTheVoteIsNoVisit() {
    Coded c = Coded.of("The Green candidate received 12 percent of the vote in the Bremen election.");
    assertTrue(c.root("04").isEmpty(), c.describe());
    Coded d = Coded.of("The mayor received 9,000 votes, fewer than in 2015.");
    assertTrue(d.root("04").isEmpty(), d.describe());
  }

  @Test
  void beingMetWithAReactionIsNoMeeting() {
    Coded c = Coded.of("The Polish prime minister was met with loud applause in Gdansk on Friday.");
    assertTrue(c.root("04").isEmpty(), c.describe());
    Coded d = Coded.of("The Polish prime minister was met by the German chancellor at the airport.");
    assertEquals("040", d.trigger("met").cameo(), d.describe());
  }

  @Test
  void thanksToSaysWhyAndThanksNoOne() {
    Coded c = Coded.of("Unemployment in Portugal fell last year thanks to the reforms of two governments.");
    assertTrue(c.root("05").isEmpty(), c.describe());
    Coded d = Coded.of("The Portuguese president sent his thanks to the Spanish firefighters.");
    assertEquals("051", d.trigger("thanks").cameo(), d.describe());
  }

  @Test
  void fedUpOrFiredUpIsAMood() {
    Coded c = Coded.of("Portuguese farmers are fed up with the delays, the union leader said.");
    assertTrue(c.root("07").isEmpty(), c.describe());
    Coded d = Coded.of("Socialist activists were fired up by the prime minister's speech in Porto.");
    assertTrue(d.root("15").isEmpty() && d.root("19").isEmpty(), d.describe());
    Coded e = Coded.of("Portuguese soldiers fed thousands of refugees at the border.");
    assertEquals("073", e.trigger("fed").cameo(), e.describe());
  }

  @Test
  void attackingARiseOrARulingIsCriticism() {
    Coded c = Coded.of("The Portuguese finance minister attacked the rise in German interest rates.");
    assertEquals("111", c.trigger("attacked").cameo(), c.describe());
  }

  @Test
  void withdrawingOppositionOrACandidateIsNoRetreat() {
    Coded c = Coded.of("Portugal and Spain withdrew their opposition to the fishing plan.");
    assertTrue(c.root("08").isEmpty(), c.describe());
    Coded d = Coded.of("The Portuguese Socialist party withdrew its candidate from the race.");
    assertTrue(d.root("08").isEmpty(), d.describe());
    Coded e = Coded.of("Portugal withdrew its troops from the border region.");
    assertEquals("0874", e.trigger("withdrew").cameo(), e.describe());
  }

  @Test
  void hostingAPressConferenceHostsNoVisit() {
    Coded c = Coded.of("The Peruvian foreign minister hosted a press conference in Lima on Monday.");
    assertTrue(c.root("04").isEmpty(), c.describe());
    Coded talks = Coded.of("The Peruvian foreign minister hosted the Chilean president in Lima on Monday.");
    assertEquals("043", talks.trigger("hosted").cameo(), talks.describe());
  }

  @Test
  void aVetoSurrenderedIsYieldedNotARetreat() {
    Coded c = Coded.of("The Danish government is surrendering its veto over European tax policy.");
    assertEquals("080", c.trigger("surrendering").cameo(), c.describe());
    Coded arms = Coded.of("Two hundred Congolese rebels surrendered their weapons to the army on Friday.");
    assertEquals("0874", arms.trigger("surrendered").cameo(), arms.describe());
  }

  @Test
  void aToughFightForSeatsIsNoForce() {
    Coded c = Coded.of("It will be a tough fight for the Australian Labor Party in the marginal seats.");
    assertTrue(c.root("13").isEmpty() && c.root("19").isEmpty(), c.describe());
    Coded legal = Coded.of("The legal battle between the Kenyan government and the pipeline company went on in court.");
    assertTrue(legal.root("19").isEmpty(), legal.describe());
  }

  @Test
  void aDemonstrationOfAThingShowsItAndIsNoProtest() {
    Coded c = Coded.of("In a demonstration of its speed, the Korean carmaker drove the new train past reporters in Busan.");
    assertTrue(c.root("14").isEmpty(), c.describe());
    Coded people = Coded.of("A demonstration of 10,000 Korean workers blocked the centre of Seoul on Saturday.");
    assertEquals("141", people.trigger("demonstration").cameo(), people.describe());
  }

  @Test
  void recallingAnActIsRemembering() {
    Coded c = Coded.of("The Ghanaian ambassador recalled visiting Lomé with her father as a child.");
    assertTrue(c.root("16").isEmpty(), c.describe());
    Coded envoy = Coded.of("Ghana recalled its ambassador to Togo on Monday.");
    assertEquals("161", envoy.trigger("recalled").cameo(), envoy.describe());
  }

  @Test
  void releasingDetailsOrFiguresFreesNoOne() {
    Coded c = Coded.of("Kenyan police released no further details on Monday, and the ministry released figures on the dead.");
    assertTrue(c.root("08").isEmpty(), c.describe());
    Coded freed = Coded.of("Rebels released two Kenyan aid workers on Monday.");
    assertEquals("0841", freed.trigger("released").cameo(), freed.describe());
  }

  @Test
  void oneSpeakerTalkingOfATopicConsultsNoOne() {
    Coded c = Coded.of("The Ghanaian opposition leader talked about unemployment in a speech in Kumasi on Monday.");
    assertTrue(c.root("04").isEmpty(), c.describe());
    Coded partner = Coded.of("The Ghanaian opposition leader talked to union leaders about unemployment on Monday.");
    assertEquals("040", partner.trigger("talked").cameo(), partner.describe());
    Coded pair = Coded.of("The presidents of Ghana and Togo talked about the border on Monday.");
    assertEquals("040", pair.trigger("talked").cameo(), pair.describe());
  }

  @Test
  void aChargeBookedOrBilledIsNoChargeInCourt() {
    Coded c = Coded.of("The Ghanaian bank took a one-time restructuring charge of 40 million cedis in March.");
    assertTrue(c.root("17").isEmpty(), c.describe());
    Coded court = Coded.of("Ghanaian prosecutors filed charges against the former finance minister on Monday.");
    assertEquals("173", court.trigger("charges").cameo(), court.describe());
  }

  @Test
  void aThreatThatIsADangerIsNoThreatMade() {
    Coded c = Coded.of("The Kenyan police chief said the terrorist threat to Nairobi was real.");
    assertTrue(c.root("13").stream().noneMatch(e -> e.evidence().trigger().equals("threat")), c.describe());
    Coded made = Coded.of("Kenya's threat to expel the Somali envoy angered Mogadishu on Monday.");
    assertEquals("130", made.trigger("threat").cameo(), made.describe());
  }

  @Test
  void aWarningOfADangerThatMayBefallIsNoThreat() {
    Coded c = Coded.of("Kenya's interior minister warned that a bombing could happen in Nairobi before the election.");
    assertEquals("012", c.trigger("warned").cameo(), c.describe());
    Coded risk = Coded.of("Kenya's police chief warned of the risk of a terrorist attack on Monday.");
    assertEquals("012", risk.trigger("warned").cameo(), risk.describe());
    Coded own = Coded.of("The Kenyan army warned that it would attack the rebels on Monday.");
    assertTrue(own.trigger("warned").cameo().startsWith("13"), own.describe());
  }

  @Test
  void decliningToGiveDetailsIsDecliningComment() {
    Coded c = Coded.of("A spokesman for the Kenyan interior ministry declined to give details on Monday.");
    assertEquals("011", c.trigger("declined").cameo(), c.describe());
    Coded aid = Coded.of("Kenya refused to give food aid to Somalia on Monday.");
    assertTrue(aid.trigger("refused").cameo().startsWith("12"), aid.describe());
  }

  @Test
  void aNounOfActionThatAnAmountMovesByIsAQuantity() {
    // the bond's yield, lending, aid: amounts that rise or fall to a figure, no yielding or giving
    Coded c = Coded.of("The yield on the 30-year Kenyan government bond rose to 7.5 pct on Monday.");
    assertTrue(c.root("08").isEmpty(), c.describe());
    Coded aid = Coded.of("Military aid to Kenya rose to 2 billion dollars in 2019.");
    assertTrue(aid.root("07").isEmpty(), aid.describe());
    // a year is no amount: the attacks stay
    Coded attacks = Coded.of("Attacks on aid workers in Kenya rose in 2019, the report said.");
    assertEquals("19", attacks.trigger("Attacks").cameo().substring(0, 2), attacks.describe());
  }

  @Test
  void aWarningOfWhatOthersMightDoIsNoThreat() {
    Coded c = Coded.of("Kenya's police chief warned that militants might attack Nairobi before the election.");
    assertEquals("012", c.trigger("warned").cameo(), c.describe());
    Coded own = Coded.of("Kenya warned on Monday that it could strike militant camps in Somalia.");
    assertTrue(own.trigger("warned").cameo().startsWith("13"), own.describe());
  }

  @Test
  void aWarningOfWhatMayBefallSomeoneIsNoThreat() {
    Coded c = Coded.of("A committee of Kenyan MPs warned that fishermen could be prosecuted under the new law.");
    assertEquals("012", c.trigger("warned").cameo(), c.describe());
    Coded by = Coded.of("The Kenyan army warned that protesters could be arrested by soldiers.");
    assertTrue(by.trigger("warned").cameo().startsWith("13"), by.describe());
  }

  @Test
  void accountsBlockedOrFrozenAreASanctionNoObstruction() {
    Coded c = Coded.of("Swiss prosecutors blocked the bank accounts of a former Kenyan minister on Monday.");
    assertEquals("163", c.trigger("blocked").cameo(), c.describe());
    Coded road = Coded.of("Kenyan protesters blocked the road to the airport on Monday.");
    assertEquals("144", road.trigger("blocked").cameo(), road.describe());
  }

  @Test
  void industryTalkIsRumourNoNegotiation() {
    Coded c = Coded.of("Kenyan shares rose on market talk of a Ghanaian bid for Kenya Airways.");
    assertTrue(c.root("04").isEmpty(), c.describe());
    Coded talks = Coded.of("Kenya and Somalia held peace talks in Nairobi on Monday.");
    assertEquals("040", talks.trigger("talks").cameo(), talks.describe());
  }

  @Test
  void dismissingPeopleRemovesThemAndDismissingClaimsDeniesThem() {
    Coded c = Coded.of("The Zambian president dismissed three judges on Monday.");
    assertTrue(c.root("12").isEmpty(), c.describe());
    assertTrue(c.root("01").isEmpty(), c.describe());
    Coded d = Coded.of("The Zambian president dismissed the opposition's claims on Monday.");
    assertEquals("016", d.trigger("dismissed").cameo(), d.describe());
  }

  @Test
  void acceptingOrConcedingThatSomethingIsSoGrantsAPoint() {
    Coded c = Coded.of("The Malawian health minister accepted there was a problem with the hospitals. "
        + "The Malawian finance minister conceded his forecasts may have been too hopeful. "
        + "The Malawian opposition conceded that the vote had been fair.", "2005-01-01");
    assertTrue(c.root("08").isEmpty(), c.describe());
    Coded d = Coded.of("The Malawian government accepted the strikers' demands on Monday. "
        + "The Malawian opposition accepted that offer on Tuesday.", "2005-01-01");
    assertEquals(2, d.root("08").size(), d.describe());
  }

  @Test
  void aPersonNamedOrAPronounIsAPersonToTheObjectsSense() {
    // one fires a weapon, not a person; a person named or a pronoun is a person as much as "the clerk"
    Coded c = Coded.of("The Zambian president dismissed Joseph Mwale on Monday. The Zambian president fired him on Monday.");
    assertTrue(c.root("12").isEmpty(), c.describe());
    assertTrue(c.root("19").isEmpty(), c.describe());
    assertTrue(c.root("01").isEmpty(), c.describe());
  }
  @Test
  void beastsAttackNoOnesSide() {
    Coded c = Coded.of("Farmers in Niger reported locust attacks on their crops.");
    assertTrue(c.root("19").isEmpty(), c.describe());
    Coded d = Coded.of("Farmers in Niger reported rebel attacks on their villages.");
    assertEquals("19", d.trigger("attacks").cameo().substring(0, 2), d.describe());
  }

  @Test
  void attackingAnEconomyOrAHandlingIsCriticism() {
    Coded c = Coded.of("Kenyan critics attacked Japan's protected farm markets. The Kenyan opposition attacked the "
        + "government's handling of the economy.");
    assertTrue(c.root("19").isEmpty() && c.root("18").isEmpty(), c.describe());
    assertEquals(2, c.root("11").size(), c.describe());
  }

  @Test
  void aParticipleAfterACopulaQualifiesAndDoesNotAct() {
    Coded c = Coded.of("The Kenyan trade minister said on Monday that it was encouraging to see small firms exporting more tea.");
    assertTrue(c.root("02").isEmpty(), c.describe());
    Coded d = Coded.of("The Kenyan trade minister was encouraging small firms to export more tea.");
    assertEquals("02", d.trigger("encouraging").cameo().substring(0, 2), d.describe());
  }

  @Test
  void seekingToDoWhatCodesNothingIsAnAimNotAnAppeal() {
    Coded c = Coded.of("The Peruvian government seeks to ensure that the water service becomes more accountable to the regions.");
    assertTrue(c.root("02").isEmpty(), c.describe());
    // seeking something, or to do an act, is read; asking to do asks leave of someone
    assertEquals("02", Coded.of("Peru sought help from the United Nations after the floods.").trigger("sought").cameo().substring(0, 2));
    assertEquals("03", Coded.of("The Peruvian rebels sought to hold talks with the army.").trigger("sought").cameo().substring(0, 2));
    assertEquals("02", Coded.of("The Peruvian defence minister asked to see the report.").trigger("asked").cameo().substring(0, 2));
  }

  @Test
  void agreeingWithSomeoneIsAccordNotAPromise() {
    assertEquals("019", Coded.of("The Zambian opposition leader said he agreed with the president on the mining tax.")
        .trigger("agreed").cameo());
    // agreeing to do, or on an act, is an intent to do it
    assertEquals("03", Coded.of("Zambia agreed to hold talks with Malawi on the border.").trigger("agreed").cameo().substring(0, 2));
    assertEquals("03", Coded.of("Zambia agreed with Malawi on a ceasefire.").trigger("agreed").cameo().substring(0, 2));
  }

  @Test
  void fightingASeatOrTheChargesIsAContestNotForce() {
    assertTrue(Coded.of("The Scottish Greens will fight every seat at the next election.").root("19").isEmpty());
    assertTrue(Coded.of("The Chilean mining company said it would fight the charges in court.").root("19").isEmpty());
    assertEquals("19", Coded.of("Chilean rebels fought government troops near the border.").trigger("fought").cameo().substring(0, 2));
  }

  @Test
  void aThingThatAppealsToVotersAttractsThemAndAsksNothing() {
    assertTrue(Coded.of("The Chilean government's new pension policy will appeal to older voters.").root("02").isEmpty());
    assertEquals("02", Coded.of("Chilean farmers appealed to the government for help after the floods.")
        .trigger("appealed").cameo().substring(0, 2));
  }

  @Test
  void toStrikeAtNothingIsToDownTools() {
    Coded c = Coded.of("Kenyan teachers threatened to strike unless ministers dropped the exam plan.");
    assertEquals("133", c.trigger("threatened").cameo(), c.describe());
    assertEquals("133", Coded.of("The Kenyan nurses' leader said nurses would strike next week.").trigger("strike").cameo());
    // forces strike something, or are armed
    assertEquals("19", Coded.of("Ethiopian jets struck rebel positions near Mekelle.").trigger("struck").cameo().substring(0, 2));
    assertEquals("19", Coded.of("Ethiopian jets struck overnight.").trigger("struck").cameo().substring(0, 2));
  }

  @Test
  void seekingAGoalAsksNoOne() {
    Coded profits = Coded.of("Textile firms in Kenya seeking higher profits moved their plants to Ethiopia.");
    assertTrue(profits.root("02").isEmpty(), profits.describe());
    Coded patients = Coded.of("Patients in Lagos seek treatment at the new clinic.");
    assertTrue(patients.root("02").isEmpty(), patients.describe());
    Coded police = Coded.of("Police in Nairobi are seeking a man who fled the scene.");
    assertTrue(police.root("02").isEmpty(), police.describe());
  }

  @Test
  void seekingTalksOrHelpFromOthersIsARequest() {
    Coded talks = Coded.of("The Kenyan opposition sought talks with the president on Monday.");
    assertEquals("02", talks.trigger("sought").cameo().substring(0, 2), talks.describe());
    Coded help = Coded.of("Malawi sought help from the World Bank after the floods.");
    assertEquals("02", help.trigger("sought").cameo().substring(0, 2), help.describe());
  }
}

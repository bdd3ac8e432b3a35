package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Events told in passing (earlier events, causes) and supposed ones (conditions) are marked, not counted as the news. */
class BackgroundTest {
  @Test
  void anEventAfterWhichTheNewsHappenedIsBackground() {
    Coded c = Coded.of("Peru and Chile agreed to a truce after three weeks of heavy fighting.");
    assertEquals(Event.BACKGROUND, c.trigger("fighting").modality(), c.describe());
    assertTrue(c.trigger("agreed").isNews());
  }

  @Test
  void aClauseAfterWhichTheNewsHappenedIsBackground() {
    Coded c = Coded.of("Kenya recalled its envoy one day after Somali troops shelled a border town.");
    assertEquals(Event.BACKGROUND, c.trigger("shelled").modality(), c.describe());
    assertNull(c.trigger("recalled").modality());
  }

  @Test
  void whatTheNewsCameAfterIsNewsWhenItsOwnClauseDatesItThisWeek() {
    // an event told in passing but dated within the story's week belongs to the news
    Coded c = Coded.of("A man was arrested after Maria Lopez, mayor of the Mexican city of Leon, was stabbed on Saturday.",
        "2024-03-11");
    assertNull(c.trigger("stabbed").modality(), c.describe());
    assertEquals("2024-03-09", c.trigger("stabbed").date(), c.describe());
    assertTrue(c.trigger("stabbed").target().stream().anyMatch(a -> a.text().contains("Lopez")), c.describe());
    Coded earlier = Coded.of("A man was arrested after the governor was shot in 2019.", "2024-03-11");
    assertEquals(Event.BACKGROUND, earlier.trigger("shot").modality(), earlier.describe());
  }

  @Test
  void whatAComplaintIsForCameBefore() {
    Coded c = Coded.of("Ecuador blamed Peru for the shelling of a border post.");
    assertEquals(Event.BACKGROUND, c.trigger("shelling").modality(), c.describe());
    assertTrue(c.trigger("blamed").isNews());
  }

  @Test
  void aPlaceWhereThingsHaveHappenedIsDescribed() {
    Coded c = Coded.of("Protesters marched in Lima, where 12 people have been killed in riots since May.");
    assertEquals(Event.BACKGROUND, c.trigger("killed").modality(), c.describe());
    assertTrue(c.trigger("marched").isNews());
  }

  @Test
  void whatAnAgreementProvidesDescribesItNoNewAgreement() {
    Coded c = Coded.of("Ghana and Togo signed a border treaty on Sunday. The treaty seeks to end the dispute over the "
        + "fishing grounds. The deal allows Togolese boats to land their catch in Tema.");
    assertEquals(1, c.doc.events().stream().filter(e -> e.cameo().equals("057") && e.isNews()).count(), c.describe());
    Coded dated = Coded.of("Sunday's agreement between Ghana and Togo allows Togolese boats to land their catch in Tema.");
    assertTrue(dated.trigger("agreement").isNews(), dated.describe());
  }

  @Test
  void aPlaceWhereTheStoryGoesOnInThePastIsNews() {
    Coded c = Coded.of("Leaders of the West African bloc met in Abuja for a summit where the presidents of Ghana and Togo signed a border treaty.");
    assertEquals(null, c.trigger("signed").modality(), c.describe());
    Coded d = Coded.of("Protesters marched in Quito, where riot police have arrested dozens of students since May.");
    assertEquals("background", d.trigger("arrested").modality(), d.describe());
  }

  @Test
  void aConditionIsNotAnEvent() {
    Coded c = Coded.of("Ghana will send troops to Togo if it is invaded.");
    Event invaded = c.trigger("invaded");
    assertEquals(Event.CONDITIONAL, invaded.modality(), c.describe());
    assertTrue(invaded.cameo().startsWith("19"), "a supposed invasion is no threat by anyone: " + invaded.cameo());
  }

  @Test
  void theTalksAStatementFollowsAreTheNews() {
    Coded c = Coded.of("Park said after talks in Busan that the sides would meet again.");
    assertTrue(c.trigger("talks").isNews(), c.describe());
  }

  @Test
  void aReportedPastPerfectIsTheNewsMovedBack() {
    Coded c = Coded.of("Norway said on Friday it had expelled two Russian diplomats.");
    assertTrue(c.trigger("expelled").isNews(), c.describe());
    Coded before = Coded.of("Norway, which had expelled two Russian diplomats in May, recalled its ambassador.");
    assertEquals(Event.BACKGROUND, before.trigger("expelled").modality(), before.describe());
  }

  @Test
  void whatAStatementDemandsIsItsContent() {
    Coded c = Coded.of("The rebels issued a statement demanding that Chad release their leader.");
    assertTrue(c.trigger("demanding").isNews(), c.describe());
  }

  @Test
  void backgroundCountsLessThanTheNews() {
    Coded c = Coded.of("Peru and Chile agreed to a truce after three weeks of heavy fighting.");
    assertTrue(c.trigger("fighting").confidence() < c.trigger("agreed").confidence());
  }

  @Test
  void whatAThingUnderwentBeforeTheNewsIsBackground() {
    Coded c = Coded.of("Kenya said Somalia must return a fishing boat that was seized by its navy last month.");
    assertEquals(Event.BACKGROUND, c.trigger("seized").modality(), c.describe());
  }

  @Test
  void clashesWithNoOneNamedAreFighting() {
    Coded c = Coded.of("Sporadic clashes continued near the border on Sunday.");
    assertEquals("ASSAULT", c.trigger("clashes").plover().type(), c.describe());
  }

  @Test
  void anAdverbOfEarlierTimeMakesBackgroundEvenOfAnIntent() {
    Coded c = Coded.of("Ghana previously pledged to reopen the border with Togo. Ghanaian troops already shelled the camp.",
        "2021-03-02");
    assertEquals(Event.BACKGROUND, c.trigger("pledged").modality(), c.describe());
    assertEquals(Event.BACKGROUND, c.trigger("shelled").modality(), c.describe());
    // "once" as a conjunction is a condition of the future, not a time before
    Coded d = Coded.of("Ghana will withdraw its troops from Togo once the talks end.", "2021-03-02");
    assertNotEquals(Event.BACKGROUND, d.trigger("withdraw").modality(), d.describe());
  }

  @Test
  void conjoinedVerbsShareTheirTime() {
    Coded c = Coded.of("Ghanaian police arrested and jailed the editor in March 2019.", "2021-03-02");
    assertEquals("2019-03", c.trigger("jailed").date(), c.describe());
  }

  @Test
  void threatsOnceMadeAreBackground() {
    Coded c = Coded.of("Rebel militias in Yemen had made threats against Saudi oil facilities.");
    assertEquals(Event.BACKGROUND, c.trigger("threats").modality(), c.describe());
  }

  @Test
  void whatWasToHappenIsFutureAndWhatIsWeighedIsAnOption() {
    Coded c = Coded.of("The Kenyan cabinet was to meet on Monday to discuss the budget.");
    assertEquals("future", c.trigger("meet").modality(), c.describe());
    Coded d = Coded.of("Mexico is considering charging the gunman with terrorism.");
    assertEquals("hypothetical", d.trigger("charging").modality(), d.describe());
  }

  @Test
  void aDeedInTheSimplePresentDescribesHowThingsStand() {
    String before = "Norway and Afghanistan signed a security pact on Monday. ";
    Coded c = Coded.of(before + "Norway funds the training of Afghan police officers.");
    assertTrue(c.root("07").isEmpty(), c.describe());
    Coded d = Coded.of(before + "Norway funded the training of Afghan police officers.");
    assertEquals("07", d.trigger("funded").cameo().substring(0, 2), d.describe());
    Coded e = Coded.of(before + "Norway says it will fund the training of Afghan police officers.");
    assertEquals("03", e.trigger("fund").cameo().substring(0, 2), e.describe());
  }

  @Test
  void whatWasNotReportedIsNegated() {
    Coded d = Coded.of("Protests spread across Iraq on Friday. Protests were not reported in Mosul.");
    java.util.List<Event> second = d.doc.events().stream().filter(e -> e.evidence().sentence() == 1).toList();
    assertEquals(1, second.size(), d.describe());
    assertTrue(second.get(0).negated(), d.describe());
  }

  @Test
  void aBidToTheReaderIsNoEvent() {
    Coded c = Coded.of("The Kenyan senator was 80 years old, but ask anyone in Nairobi and they will tell you she was tireless.");
    assertTrue(c.root("02").isEmpty(), c.describe());
  }

  @Test
  void aPresentPerfectOfExperienceOrDurationSumsUpThePast() {
    Coded c = Coded.of("Uganda has hosted refugees from South Sudan for decades. Kenyan police have arrested the activist before.");
    assertEquals(Event.BACKGROUND, c.trigger("hosted").modality(), c.describe());
    assertEquals(Event.BACKGROUND, c.trigger("arrested").modality(), c.describe());
    Coded d = Coded.of("In the history of Chile, only one president has been impeached. Bolivian leaders have negotiated the accord over the past six years.");
    assertEquals(Event.BACKGROUND, d.trigger("impeached").modality(), d.describe());
    assertEquals(Event.BACKGROUND, d.trigger("negotiated").modality(), d.describe());
    // a first time in a history is the day's news; a plain present perfect reports it
    Coded e = Coded.of("For the first time in its history, the Kenyan party has defeated the government. Police have arrested the activist.");
    assertTrue(e.root("173").stream().allMatch(Event::isNews), e.describe());
  }

  @Test
  void anEventNounTakenByAModalVerbIsAsSupposedAsTheVerb() {
    Coded c = Coded.of("Peru could face sanctions over the shelling of the border post.");
    assertEquals("hypothetical", c.trigger("sanctions").modality(), c.describe());
    Coded d = Coded.of("The Bolivian president would have faced sanctions from the Senate, but he resigned.");
    assertEquals("hypothetical", d.trigger("sanctions").modality(), d.describe());
    // reported, "would" is the "will" of an intention stated
    Coded e = Coded.of("The Chilean senator announced that she would be launching an inquiry into the army.");
    assertNotEquals("hypothetical", e.trigger("inquiry").modality(), e.describe());
  }

  @Test
  void anIntentDatedWellBeforeTheArticleIsBackground() {
    Coded c = Coded.of("After his arrest in Lima last summer, the Peruvian senator agreed to help the prosecutors.", "2024-03-12");
    assertEquals(Event.BACKGROUND, c.trigger("agreed").modality(), c.describe());
    Coded d = Coded.of("On Monday, the Peruvian senator agreed to help the prosecutors.", "2024-03-12");
    assertEquals("intent", d.trigger("agreed").modality(), d.describe());
  }

  @Test
  void anEventDescribedAsSubjectIsNotReported() {
    Coded c = Coded.of("Chilean police arrested the senator in 2021. That arrest was related to a tax case in Santiago.");
    assertTrue(c.doc.events().stream().filter(e -> e.evidence().sentence() == 1).noneMatch(Event::isNews), c.describe());
    Coded d = Coded.of("Charges of treason carry a death sentence in Kenya.");
    assertEquals(Event.BACKGROUND, d.trigger("Charges").modality(), d.describe());
  }

  @Test
  void whatAPastPerfectOrAnEarlierAdverbGovernsOrIsJoinedToIsBackground() {
    Coded c = Coded.of("Five African countries had bid to host the summit. The Kenyan court found Ruto had lied and violated the truce.");
    assertEquals(Event.BACKGROUND, c.trigger("host").modality(), c.describe());
    assertEquals(Event.BACKGROUND, c.trigger("violated").modality(), c.describe());
    Coded d = Coded.of("Several Peruvian officers already pleaded guilty or were convicted of torture.");
    assertEquals(Event.BACKGROUND, d.trigger("convicted").modality(), d.describe());
    // a joined verb with its own auxiliary tells its own time
    Coded e = Coded.of("Kenya has already closed the border and will expel the Somali envoy.");
    assertNotEquals(Event.BACKGROUND, e.trigger("expel").modality(), e.describe());
  }

  @Test
  void aParticipleOnANounTakesTheTimeOfItsClause() {
    Coded c = Coded.of("The Malian army retook the town in 2015, in an operation backed by France.", "2024-03-12");
    assertEquals("2015", c.trigger("backed").date(), c.describe());
    assertEquals(Event.BACKGROUND, c.trigger("backed").modality(), c.describe());
  }

  @Test
  void whatAMessageSaysInWhichIsItsNews() {
    Coded c = Coded.of("The Kenyan foreign minister gave an interview in which he criticised the Somali government.", "2019-08-29");
    assertNull(c.trigger("criticised").modality(), c.describe());
  }

  @Test
  void anAgreementLeftOrBrokenWasThereBefore() {
    Coded quit = Coded.of("Ghana quit the fishing agreement with Togo on Monday.");
    assertTrue(quit.root("05").stream().noneMatch(Event::isNews), quit.describe());
    Coded left = Coded.of("Kenya withdrew from the peace talks with Somalia on Monday.");
    assertTrue(left.root("04").stream().noneMatch(Event::isNews), left.describe());
    // withdrawing oneself from talks or a group reduces relations (PLOVER SANCTION "withdraw"), no military retreat
    assertEquals("16", left.trigger("withdrew").cameo().substring(0, 2), left.describe());
    Coded signed = Coded.of("Ghana signed a fishing agreement with Togo on Monday.");
    assertTrue(signed.root("05").stream().anyMatch(Event::isNews), signed.describe());
  }

  @Test
  void backingOutOfADealIsNoEndorsement() {
    Coded c = Coded.of("The Ghanaian finance minister backed out of the loan deal with Togo on Monday.");
    assertTrue(c.root("051").isEmpty(), c.describe());
  }
}

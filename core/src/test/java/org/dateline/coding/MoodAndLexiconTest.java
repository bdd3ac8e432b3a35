package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** The mood an event is told in, and acts named by verb and object, decide the code. */
class MoodAndLexiconTest {
  @Test
  void aBlockadeThatWouldBeTightenedIsAThreat() {
    Coded c = Coded.of("Saudi Arabia said it would tighten its naval blockade of Yemen.");
    assertEquals("THREATEN", c.trigger("blockade").plover().type(), c.describe());
  }

  @Test
  void whatAnotherMustAgreeToIsADemand() {
    Coded c = Coded.of("The Tuareg rebels said the Malian government must agree to a new constitution.");
    Event e = c.trigger("agree");
    assertEquals("REQUEST", e.plover().type(), c.describe());
    assertEquals("MLI", Coded.countries(e.target()), c.describe());
  }

  @Test
  void whatAnotherMustBeReadyToDoIsAskedOfIt() {
    Coded c = Coded.of("Kenya said on Monday that Ethiopia must be ready to mediate between the two sides.");
    assertEquals("REQUEST", c.trigger("mediate").plover().type(), c.describe());
  }

  @Test
  void forcesLedByACountryAreItsForces() {
    Coded c = Coded.of("Nigerian-led forces shelled rebel positions near the Liberian border on Tuesday.");
    assertEquals("NGA", Coded.countries(c.trigger("shelled").source()), c.describe());
  }

  @Test
  void aKingOfACountryIsItsHeadOfState() {
    Coded c = Coded.of("King Mswati of Eswatini met the Mozambican president on Friday.", "2019-05-03");
    assertEquals("SWZ", Coded.countries(c.trigger("met").source()), c.describe());
  }

  @Test
  void callingOffAStrikeEasesDissent() {
    Coded c = Coded.of("The Kenyan doctors' union called off its strike on Monday.");
    assertEquals("082", c.trigger("called").cameo(), c.describe());
  }

  @Test
  void aPreventedDemonstrationRestrictsFreedoms() {
    Coded c = Coded.of("Belarusian police prevented a demonstration by opposition supporters in Minsk.");
    assertEquals("COERCE", c.trigger("prevented").plover().type(), c.describe());
  }

  @Test
  void prohibitingAidReducesIt() {
    Coded c = Coded.of("Norway prohibited all aid to the junta in Myanmar on Monday.");
    assertEquals("SANCTION", c.root("16").get(0).plover().type(), c.describe());
  }

  @Test
  void failingToAgreeIsARefusal() {
    Coded c = Coded.of("Armenia and Azerbaijan failed to reach agreement on the border on Sunday.");
    assertEquals("REJECT", c.trigger("failed").plover().type(), c.describe());
  }

  @Test
  void failingAtAnythingElseCodesNoRefusal() {
    Coded c = Coded.of("The rebels failed to capture the town of Goma on Sunday.");
    assertEquals(0, c.root("12").size(), c.describe());
  }

  @Test
  void whatIsReportedInsideADescriptionIsBackground() {
    Coded c = Coded.of("Lebanon complained to the United Nations over two raids in which it said 20 people were killed.");
    assertEquals(Event.BACKGROUND, c.trigger("killed").modality(), c.describe());
  }

  @Test
  void aDemandNounTakesItsClauseAsContentAndItsAddressee() {
    Coded c = Coded.of("The European Union renewed its demand that Serbia release the detained journalists.");
    Event e = c.trigger("demand");
    assertEquals("REQUEST", e.plover().type(), c.describe());
    assertEquals("SRB", Coded.countries(e.target()), c.describe());
    assertEquals(0, c.root("08").size(), "the release is asked for, not done: " + c.describe());
  }

  @Test
  void mobilisingSupportersIsNoShowOfForce() {
    Coded c = Coded.of("Qatar mobilized lobby groups in Washington to support its bid.");
    assertEquals(0, c.root("15").size(), c.describe());
    assertEquals("150", Coded.of("Armenia mobilized its reservists on Sunday.").trigger("mobilized").cameo());
  }

  @Test
  void patrolsOrderedOutAreAShowOfForce() {
    Coded c = Coded.of("The Kenyan government ordered patrols by police along the Somali border.");
    assertEquals("MOBILIZE", c.trigger("ordered").plover().type(), c.describe());
  }

  @Test
  void aMediationEffortIsMediation() {
    Coded c = Coded.of("The Emir of Qatar launched a mediation effort between Sudan and Chad on Saturday.");
    assertEquals("045", c.trigger("effort").cameo(), c.describe());
  }

  @Test
  void endedMediationIsHaltedMediation() {
    Coded c = Coded.of("Kenya ended its mediation efforts between the rival factions in Juba on Friday.");
    assertEquals("165", c.trigger("ended").cameo(), c.describe());
  }

  @Test
  void anIndictmentIsAnAccusation() {
    Coded c = Coded.of("The former Liberian president was indicted by a special court in Sierra Leone.");
    assertEquals("ACCUSE", c.trigger("indicted").plover().type(), c.describe());
  }

  @Test
  void aProtestInWordsIsCriticism() {
    Coded c = Coded.of("China protested on Monday that Japanese aircraft had entered its airspace.");
    assertEquals("111", c.trigger("protested").cameo(), c.describe());
  }

  @Test
  void aQuestionAskedIsNoAppealARequestIs() {
    Coded c = Coded.of("\"Why should farmers pay more than bankers?\" the Ghanaian opposition leader asked on Monday. "
        + "The Ghanaian opposition leader asked whether the budget talks would resume.");
    assertTrue(c.root("02").isEmpty(), c.describe());
    Coded d = Coded.of("Ghana asked Togo to reopen the border on Monday.");
    assertEquals("02", d.trigger("asked").cameo().substring(0, 2), d.describe());
  }

  @Test
  void whatDeclinesToAFigureFalls() {
    Coded c = Coded.of("Kenyan reserves of foreign currency declined to two billion dollars this year.");
    assertTrue(c.root("12").isEmpty(), c.describe());
    Coded d = Coded.of("The Kenyan president declined the invitation to the summit in Addis Ababa.");
    assertEquals("12", d.trigger("declined").cameo().substring(0, 2), d.describe());
    Coded e = Coded.of("The Kenyan government asked the judge to delay his ruling, but he declined.");
    assertEquals("12", e.trigger("declined").cameo().substring(0, 2), e.describe());
  }

  @Test
  void askingWhyOrHowPutsAQuestion() {
    Coded c = Coded.of("The Ghanaian opposition leader asked why the government was hiding the audit report. "
        + "A Ghanaian MP asked how much the new airport would cost.");
    assertTrue(c.root("02").isEmpty(), c.describe());
  }

  @Test
  void beingAskedAboutSomethingIsAQuestionPutNotAnAppealNorAnEventAskedAbout() {
    Coded c = Coded.of("Asked about the border deal, the Ghanaian finance minister said the talks were going well. "
        + "When asked about the strike, the Ghanaian labour minister said nothing had been decided.");
    assertTrue(c.root("02").isEmpty(), c.describe());
    assertTrue(c.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("deal")), c.describe());
  }

  @Test
  void aGreatDealIsAnAmountNoAgreement() {
    Coded c = Coded.of("The Ghanaian finance minister has done a great deal to help farmers.");
    assertTrue(c.root("05").isEmpty(), c.describe());
    Coded d = Coded.of("Ghana and Togo signed a good deal on fishing rights on Monday.");
    assertEquals("057", d.trigger("signed").cameo(), d.describe());
  }

  @Test
  void failingAtWhatNoLexiconCodesIsNoEvent() {
    Coded c = Coded.of("If the Ghanaian party fails to file its accounts, the commission can fine it.");
    assertTrue(c.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("fails")), c.describe());
    Coded d = Coded.of("Ghana failed to reach an agreement with Togo on Monday.");
    assertEquals("12", d.trigger("failed").cameo().substring(0, 2), d.describe());
  }

  @Test
  void tellingSomeoneToActIsAnAppealTellingThemSomethingIsNot() {
    Coded c = Coded.of("Ghanaian police told residents of Tema to leave their homes on Monday.");
    assertEquals("02", c.trigger("told").cameo().substring(0, 2), c.describe());
    Coded d = Coded.of("The Ghanaian minister told reporters that the budget talks would resume on Monday.");
    assertTrue(d.root("02").isEmpty(), d.describe());
  }

  @Test
  void aDefinitionTellsNoEvent() {
    Coded c = Coded.of("Impeachment is the process by which the Ghanaian parliament can remove a president.");
    assertTrue(c.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("Impeachment")), c.describe());
  }

  @Test
  void whatAThingIsDesignedToDoIsNoDeed() {
    Coded c = Coded.of("The Ghanaian party's new advert was designed to appeal to young voters.");
    assertTrue(c.root("02").stream().allMatch(e -> e.modality() != null), c.describe());
    Coded asked = Coded.of("The Ghanaian party appealed to young voters to register on Monday.");
    assertEquals(null, asked.trigger("appealed").modality(), asked.describe());
  }

  @Test
  void aResignationAnnouncedIsTheResignation() {
    Coded c = Coded.of("The Ghanaian interior minister announced on Monday that he would resign.");
    assertEquals("0831", c.trigger("resign").cameo(), c.describe());
    assertTrue(c.trigger("resign").isNews(), c.describe());
    Coded conditional = Coded.of("The Ghanaian interior minister said on Monday that he would resign if the bill failed.");
    assertTrue(conditional.root("0831").stream().noneMatch(Event::isNews), conditional.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * What a complaint is about, what a refusal refuses, what a threat is conditioned on, what is
 * eased or allowed, and the aim of an act: each decides a code or a target.
 */
class ComplaintAndConditionTest {
  @Test
  void aComplaintTargetsWhoseActItIsAboutNotWhoHearsIt() {
    Coded c = Coded.of("Peru complained to the United Nations on Monday over Chilean naval patrols near its coast.");
    assertEquals("CHL", Coded.countries(c.trigger("complained").target()), c.describe());
  }

  @Test
  void aComplaintAboutNoOneNamedKeepsItsAddressee() {
    Coded c = Coded.of("Peru complained to Chile on Monday over the delays.");
    assertEquals("CHL", Coded.countries(c.trigger("complained").target()), c.describe());
  }

  @Test
  void aRejectedDemandTargetsWhoseDemandItWas() {
    Coded c = Coded.of("Kenya has rejected Somalia's repeated demand to close a military base near Nairobi.");
    assertEquals("SOM", Coded.countries(c.trigger("rejected").target()), c.describe());
  }

  @Test
  void aThreatIsAimedAtThePartyItsConditionNames() {
    Coded c = Coded.of("Belarus threatened to cut gas supplies if Lithuania goes ahead with the new border fence.");
    assertEquals("LTU", Coded.countries(c.trigger("threatened").target()), c.describe());
  }

  @Test
  void aPromiseUnlessAnotherActsIsAnUltimatum() {
    Coded c = Coded.of("Ghana said it will withdraw its peacekeeping troops from Liberia unless the Liberian "
        + "government holds elections within a year.");
    var e = c.trigger("withdraw");
    assertEquals("THREATEN", e.plover().type(), c.describe());
    assertEquals("LBR", Coded.countries(e.target()), c.describe());
  }

  @Test
  void whatIsRefusedIsTheClauseNotAConcessivePhrase() {
    Coded c = Coded.of("Despite appeals by aid groups, the Turkish government is refusing to lift the ban on "
        + "Kurdish newspapers.");
    assertEquals("12", c.trigger("refusing").cameo().substring(0, 2), c.describe());
    assertTrue(c.root("08").isEmpty(), "the refused lifting is no concession: " + c.describe());
  }

  @Test
  void liftingABlockadeIsARetreatAndLiftingSanctionsEasesThem() {
    assertEquals("0872", Coded.of("Azerbaijan lifted its blockade of Nakhchivan on Friday.").trigger("lifted").cameo());
    assertEquals("085", Coded.of("The European Union lifted sanctions on Myanmar on Friday.").trigger("lifted").cameo());
  }

  @Test
  void allowingAidConvoysIsAllowingInternationalInvolvement() {
    Coded c = Coded.of("Sudan allowed United Nations aid convoys into Darfur on Sunday.");
    assertEquals("0863", c.trigger("allowed").cameo(), c.describe());
    assertEquals("RETREAT", c.trigger("allowed").plover().type(), c.describe());
  }

  @Test
  void theAimOfAResignationHasNotHappened() {
    Coded c = Coded.of("Bolivian President Carlos Mesa resigned on Monday to allow early elections.");
    assertEquals(1, c.doc.events().size(), c.describe());
  }

  @Test
  void aReportedHeIsTheSpeakerEvenWhenTheNerListsHim() {
    Coded c = Coded.of("President Ashraf Ghani said on Sunday that he will visit Islamabad next month.", "2019-05-02");
    var e = c.trigger("visit");
    assertEquals("AFG", Coded.countries(e.source()), c.describe());
  }

  @Test
  void aCityShelledIsItsPeopleNotItsGovernment() {
    Coded c = Coded.of("Rebel artillery shelled Kabul on Sunday.");
    var target = c.trigger("shelled").target();
    assertEquals("AFG", Coded.countries(target), c.describe());
    assertEquals("CVL", target.get(0).sector(), c.describe());
  }

  @Test
  void aPartyBoycottingAStatesElectionIsOfThatState() {
    Coded c = Coded.of("The opposition party said it will boycott Zimbabwe's parliamentary elections.");
    Event e = c.root("1").get(0);
    assertEquals("ZWE", Coded.countries(e.source()), c.describe());
  }

  @Test
  void aQuotedHeIsThePassiveSubject() {
    Coded c = Coded.of("The Emir of Qatar was quoted as saying he would host talks between Sudan and the rebels.", "2019-05-02");
    Event e = c.trigger("host");
    assertEquals("QAT", Coded.countries(e.source()), c.describe());
  }

  @Test
  void rebelsFacingTheirGovernmentAreNotOfTheCountryThatReportsIt() {
    Coded c = Coded.of("The Ugandan government accused rebels of attacking a school, a Kenyan official said.");
    Event e = c.trigger("accused");
    assertTrue(e.target().stream().noneMatch(a -> "KEN".equals(a.country())), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** A judgement of an act told before, naming no one, is of whoever did that act. */
class JudgedActsTest {
  @Test
  void anAssaultCondemnedIsTheAttackersAct() {
    Coded c = Coded.of("Ethiopian troops attacked rebel positions in Tigray on Monday. "
        + "The assault was condemned by the African Union.", "2021-05-12");
    Event condemned = c.trigger("condemned");
    assertEquals("111", condemned.cameo(), c.describe());
    assertEquals("ETH", Coded.countries(condemned.target()), c.describe());
  }

  @Test
  void anInquiryAttackedIsTheInvestigatorsAct() {
    Coded c = Coded.of("Opposition senators opened an investigation into the Brazilian president on Tuesday. "
        + "The president rejected the investigation as a political stunt.", "2021-05-12");
    Event rejected = c.trigger("rejected");
    assertTrue(rejected.target().stream().anyMatch(a -> a.text().contains("senators")), c.describe());
  }

  @Test
  void anAttackJudgedInSpeechIsTheAttackersAct() {
    Coded c = Coded.of("Rebels attacked an army convoy near the Kenyan border on Monday. "
        + "The defence minister called the attack a cowardly act of terror.", "2021-05-12");
    Event called = c.trigger("called");
    assertTrue(called.target().stream().anyMatch(a -> a.text().equals("Rebels")), c.describe());
  }

  @Test
  void anInquiryIntoAnActIsOfItsDoer() {
    Coded c = Coded.of("A gunman opened fire at a market in Mombasa on Saturday, killing six people. "
        + "Kenyan police are investigating the shooting.", "2021-05-12");
    assertTrue(c.trigger("investigating").target().stream().anyMatch(a -> a.text().equals("gunman")), c.describe());
    Coded n = Coded.of("Militants attacked a police station in Quetta on Monday. "
        + "The provincial government's investigation into the attack found failures.", "2021-05-12");
    assertTrue(n.root("09").stream().anyMatch(e -> e.target().stream().anyMatch(a -> a.text().equals("Militants"))),
        n.describe());
  }

  @Test
  void anAgreementSignedAgainIsNoJudgementOfTheFirstSigners() {
    Coded c = Coded.of("Kenya and Uganda signed a trade agreement on Monday. "
        + "Tanzania ratified the agreement on Friday.", "2021-05-12");
    Event ratified = c.trigger("ratified");
    assertTrue(ratified.target().isEmpty(), c.describe());
  }

  @Test
  void aJudgementOfAnActNotToldBeforeBorrowsNoTarget() {
    // ("the decision" would be a government's measure, coding/Policies; "the outcome" is no one's)
    Coded c = Coded.of("The finance minister welcomed the new budget on Monday. "
        + "Opposition leaders criticised the outcome.", "2021-05-12");
    assertTrue(c.trigger("criticised").target().isEmpty(), c.describe());
  }

  @Test
  void anImminentAttackIsNotYetDone() {
    Coded c = Coded.of("Residents fled the border town ahead of an imminent offensive.", "2021-05-12");
    assertTrue(c.root("19").stream().allMatch(e -> "future".equals(e.modality())), c.describe());
  }

  @Test
  void theActAVerbOfJudgingHoldsAgainstItsObjectIsTheObjects() {
    Coded c = Coded.of("The Nigerian president praised the army for freeing the hostages on Monday.", "2021-05-12");
    Event freeing = c.trigger("freeing");
    assertTrue(freeing.source().stream().anyMatch(a -> "MIL".equals(a.sector())), c.describe());
    Coded blamed = Coded.of("Ghana accused Togo of expelling its diplomats on Monday.", "2021-05-12");
    assertEquals("TGO", Coded.countries(blamed.trigger("expelling").source()), blamed.describe());
  }

  @Test
  void anActByTheSubjectForAPurposeStaysTheSubjects() {
    Coded c = Coded.of("Ghana won praise from the UN for hosting the peace talks on Monday.", "2021-05-12");
    assertEquals("GHA", Coded.countries(c.trigger("hosting").source()), c.describe());
  }

  @Test
  void takingUpAPostConcedesNothing() {
    Coded c = Coded.of("The former Kenyan foreign minister accepted the post of ambassador to Japan on Monday.", "2021-05-12");
    assertTrue(c.root("08").isEmpty(), c.describe());
  }
}

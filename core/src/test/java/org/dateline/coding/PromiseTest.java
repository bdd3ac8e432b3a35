package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Promised acts: cooperation promised is an intention (03x), refused a rejection (12x), force promised a threat. */
class PromiseTest {
  @Test
  void aPartyOfferingVotersAnAlternativeIntendsNoCooperation() {
    Coded c = Coded.of("The Scottish Greens offered voters a real alternative at the launch in Glasgow on Monday. "
        + "The Swiss government offered talks to both sides on Tuesday.", "2005-03-01");
    assertEquals(1, c.root("03").size(), c.describe());
    assertEquals("offered", c.root("03").get(0).evidence().trigger(), c.describe());
    assertTrue(c.root("03").get(0).evidence().text().contains("talks"), c.describe());
  }

  @Test
  void aPromisedConcessionIsAnIntention() {
    Event e = Coded.of("Chile will allow Bolivian trucks to use the port of Arica.").trigger("allow");
    assertTrue(e.cameo().startsWith("03"), e.cameo());
    assertEquals("AGREE", e.plover().type());
    assertFalse(e.negated());
  }

  @Test
  void hopingOrBeingKeenToMeetIsAnIntentionToMeet() {
    Coded c = Coded.of("The Estonian prime minister hopes to meet the Finnish president next month.");
    assertEquals("036", c.trigger("hopes").cameo(), c.describe());
    Coded d = Coded.of("The Estonian finance minister said he would be happy to meet the bankers.");
    assertEquals("036", d.trigger("meet").cameo(), d.describe());
    Coded e = Coded.of("The Estonian finance minister is keen to meet the creditor banks.");
    assertEquals("036", e.trigger("meet").cameo(), e.describe());
    // hoping for a thing is no intent of one's own
    Coded f = Coded.of("The Estonian prime minister hoped for a quick end to the talks.");
    assertTrue(f.root("03").isEmpty(), f.describe());
  }

  @Test
  void aVisitPutOffOrAPlanDroppedIsNotDone() {
    Coded c = Coded.of("The Estonian prime minister postponed his visit to Helsinki.");
    assertEquals("future", c.trigger("visit").modality(), c.describe());
    Coded d = Coded.of("The Estonian foreign minister dropped plans to visit Helsinki next week.");
    assertEquals("hypothetical", d.trigger("visit").modality(), d.describe());
    // a plan made known is an intent
    Coded e = Coded.of("The Estonian government announced plans to visit Helsinki next week.");
    assertEquals("intent", e.trigger("visit").modality(), e.describe());
    Coded f = Coded.of("The Estonian president expressed her intention to visit Riga in the spring.");
    assertEquals("intent", f.trigger("visit").modality(), f.describe());
  }

  @Test
  void whatARuleAllowsToBeDoneIsNoDeed() {
    Coded c = Coded.of("Under the new Estonian law, any foreign national can be detained without trial.");
    Event e = c.trigger("detained");
    assertEquals("hypothetical", e.modality(), c.describe());
    assertTrue(e.cameo().startsWith("17"), "not a threat: " + c.describe());
    Coded d = Coded.of("Estonian police arrested the suspects on Monday.");
    assertEquals(null, d.trigger("arrested").modality(), d.describe());
  }

  @Test
  void willingnessToWithdrawIsAnIntention() {
    Event e = Coded.of("Peru is willing to withdraw its troops from the disputed valley.").trigger("withdraw");
    assertTrue(e.cameo().startsWith("03"), e.cameo());
  }

  @Test
  void aPromiseNotToCooperateIsARejection() {
    Event e = Coded.of("Norway will not accept more asylum seekers from the camps, the minister said.").trigger("accept");
    assertTrue(e.cameo().startsWith("12"), e.cameo());
    assertEquals("REJECT", e.plover().type());
    assertFalse(e.negated(), "the refusal is the event, not a negated acceptance");
  }

  @Test
  void aPlanToCoerceIsAThreat() {
    Coded c = Coded.of("Ghana plans to impose sanctions on the mining companies.");
    assertTrue(c.doc.events().stream().anyMatch(e -> e.cameo().startsWith("13")), c.describe());
  }

  @Test
  void aReportedActStaysWhatItIs() {
    Event e = Coded.of("Uruguay hosted the talks in March, officials said.").trigger("hosted");
    assertTrue(e.cameo().startsWith("04"), e.cameo());
  }

  @Test
  void anObligationPutOnAnotherIsADemandByTheSayer() {
    Coded c = Coded.of("Norway said Russia must release the fishing crew held since May.");
    Event e = c.trigger("release");
    assertTrue(e.cameo().startsWith("10"), c.describe());
    assertEquals("NOR", Coded.countries(e.source()));
    assertEquals("RUS", Coded.countries(e.target()));
  }

  @Test
  void anyObligationReportedOfAnotherIsADemand() {
    Coded c = Coded.of("Brazil declared that Paraguay must reopen the border crossings.");
    assertTrue(c.doc.events().stream().anyMatch(e -> e.cameo().startsWith("10")
        && Coded.countries(e.source()).equals("BRA") && Coded.countries(e.target()).equals("PRY")), c.describe());
    Coded self = Coded.of("Brazil said it must improve its own border controls.");
    assertTrue(self.doc.events().stream().noneMatch(e -> e.cameo().startsWith("10")), self.describe());
  }

  @Test
  void wordsOfferedAreGivenNotPromised() {
    Coded c = Coded.of("The Kenyan president offered his sympathy to the families of the drowned fishermen.");
    assertEquals("018", c.trigger("offered").cameo(), c.describe());
    Coded d = Coded.of("The Kenyan president offered an apology to the families of the evicted farmers.");
    assertEquals("055", d.trigger("offered").cameo(), d.describe());
    // what is offered to be done later stays an intention
    Coded e = Coded.of("The Kenyan president offered talks to the rebels in the north.");
    assertTrue(e.trigger("offered").cameo().startsWith("03"), e.describe());
  }

  @Test
  void aPledgeToOpposeIsTheOppositionSaid() {
    Coded c = Coded.of("The Kenyan opposition vowed to reject any deal that keeps the president in power.");
    assertEquals("12", c.trigger("vowed").cameo().substring(0, 2), c.describe());
    Coded d = Coded.of("The Indian government pledged to build new schools in Kabul.");
    assertEquals("03", d.trigger("pledged").cameo().substring(0, 2), d.describe());
  }

  @Test
  void aWordNotGivenIsNoRefusal() {
    Coded c = Coded.of("The Ghanaian officials did not promise any immediate action on cocoa prices.");
    assertTrue(c.root("12").isEmpty(), c.describe());
    Coded d = Coded.of("The Ghanaian officials did not agree to meet the cocoa farmers.");
    assertEquals("12", d.trigger("agree").cameo().substring(0, 2), d.describe());
  }

  @Test
  void aPledgeToOpposeABillIsAimedAtTheGovernment() {
    Coded c = Coded.of("Kenya's opposition parties have pledged to oppose the bill in parliament.");
    Event e = c.trigger("pledged");
    assertEquals("12", e.cameo().substring(0, 2), c.describe());
    assertEquals("GOV", e.target().get(0).sector(), c.describe());
  }
}

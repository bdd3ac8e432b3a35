package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An act someone demands, calls for or refuses did not happen: refusing it is a rejection (12),
 * asking for it a demand (10), and only giving in to it concedes it (08).
 */
class DemandedActsTest {
  @Test
  void notBowingToDemandsRefusesWhatTheyAsk() {
    Coded c = Coded.of("The interior minister said he would not bow to demands to free the detained journalists.");
    assertEquals("1243", c.trigger("bow").cameo(), c.describe());
    assertTrue(c.root("084").isEmpty(), c.describe());
    assertTrue(c.root("10").isEmpty(), c.describe());
  }

  @Test
  void resistingPressureRefusesTheHandover() {
    Coded c = Coded.of("The junta resisted pressure to hand over power.");
    assertTrue(c.trigger("resisted").cameo().startsWith("12"), c.describe());
    assertTrue(c.root("08").isEmpty(), c.describe());
  }

  @Test
  void renewedDemandsForAReleaseAreADemand() {
    Coded c = Coded.of("Opposition leaders renewed their demands for the release of jailed activists.");
    assertEquals("1053", c.trigger("demands").cameo(), c.describe());
    assertTrue(c.root("08").isEmpty(), c.describe());
  }

  @Test
  void rejectedCallsForTalksRejectTheTalks() {
    Coded c = Coded.of("The government rejected calls for talks with the rebels.");
    assertEquals("125", c.trigger("rejected").cameo(), c.describe());
    assertTrue(c.root("04").isEmpty(), c.describe());
  }

  @Test
  void ignoredCallsForACeasefireRefuseIt() {
    Coded c = Coded.of("The army ignored calls for a ceasefire.");
    assertEquals("1246", c.trigger("ignored").cameo(), c.describe());
  }

  @Test
  void ignoringARulingStillDefiesTheLaw() {
    Coded c = Coded.of("Police ignored the court ruling.");
    assertEquals("128", c.trigger("ignored").cameo(), c.describe());
  }

  @Test
  void refusingToCallOffAStrikeRefusesToEaseDissent() {
    Coded c = Coded.of("Striking miners refused to call off their strike.");
    assertEquals("1242", c.trigger("refused").cameo(), c.describe());
    assertTrue(c.root("082").isEmpty(), c.describe());
  }

  @Test
  void givingInToDemandsConcedesWhatTheyAsk() {
    Coded c = Coded.of("The president gave in to demands for the release of the hostages.");
    assertEquals("0841", c.trigger("gave").cameo(), c.describe());
    assertTrue(c.root("10").isEmpty() && c.root("12").isEmpty(), c.describe());
  }

  @Test
  void aSpeechGivenInACityConcedesNothing() {
    Coded c = Coded.of("The president gave a speech in Paris.");
    assertTrue(c.root("08").isEmpty(), c.describe());
  }

  @Test
  void demandsThatIncludeAReleaseDemandIt() {
    Coded c = Coded.of("Nurses marched through Lagos on Tuesday. The nurses' demands include the release of two union leaders.");
    assertEquals("1053", c.trigger("demands").cameo(), c.describe());
    assertTrue(c.root("084").isEmpty(), c.describe());
  }

  @Test
  void oneOfTheDemandsIsAnInquiryNotAnInquiryMade() {
    Coded c = Coded.of("One of the farmers' main demands is an independent inquiry into the land sales.");
    assertEquals("101", c.trigger("demands").cameo(), c.describe());
    assertTrue(c.root("09").isEmpty(), c.describe());
  }

  @Test
  void theirDemandsAreTheGroupsBeforeThem() {
    Coded c = Coded.of("Thousands of Chilean students marched in Valparaiso on Monday. Their demands include the resignation of the education minister.");
    Event e = c.trigger("demands");
    assertEquals("1041", e.cameo(), c.describe());
    assertEquals("CHL", Coded.countries(e.source()), c.describe());
  }

  @Test
  void demandsMetInThePassiveAreConceded() {
    Coded c = Coded.of("The teachers' demands were met by the provincial government on Friday.");
    assertEquals("083", c.trigger("met").cameo(), c.describe());
    assertTrue(c.root("04").isEmpty(), c.describe());
  }

  @Test
  void fightingUntilDemandsAreMetConcedesNothingYet() {
    Coded c = Coded.of("The miners said they would stay underground until their demands are met.");
    assertTrue(c.doc.events().stream().filter(e -> e.evidence().trigger().equals("met")).allMatch(e -> e.modality() != null),
        c.describe());
  }

  @Test
  void aStrikeThatLastedUntilDemandsWereMetEndedInConcession() {
    Coded c = Coded.of("The dockers' strike lasted until the port authority met their demands.");
    Event e = c.trigger("met");
    assertEquals("083", e.cameo(), c.describe());
    assertEquals(null, e.modality(), c.describe());
  }

  @Test
  void whatOnePartySaysAnotherShouldDoIsItsAppeal() {
    Coded c = Coded.of("The Ghanaian teachers' union leader said the government should release the jailed teachers.", "2021-03-02");
    Event e = c.trigger("release");
    assertEquals("02", e.cameo().substring(0, 2), c.describe());
    assertEquals("GOV", e.target().get(0).sector(), c.describe());
    assertEquals(null, e.modality(), c.describe());
    // an appeal verb under "should" is still only what someone should do
    Coded d = Coded.of("The UN should urge Ghana to release the sailors, the Nigerian minister said.", "2021-03-02");
    assertEquals("hypothetical", d.trigger("urge").modality(), d.describe());
  }
}

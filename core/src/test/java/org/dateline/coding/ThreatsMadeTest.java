package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A threat is made by someone: force promised in one's own word ("will", "said they would"), or
 * set on another's conduct ("may halt its aid if ..."), a threat noun with its maker or made by a
 * verb ("issued a warning"), a warning of one's own retribution. Force that "could" or "may" come
 * with no one's word behind it is supposed; a threat noun with no maker ("under threat", "faces the
 * threat of jail") is a danger; a warning that something may harm something is a pessimistic
 * comment (012); warning someone off what is no force is an appeal to them.
 */
class ThreatsMadeTest {
  private static List<Event> news(Coded c, String root) {
    return c.root(root).stream().filter(e -> e.modality() == null && !e.negated()).toList();
  }

  @Test
  void forceThatCouldComeIsSupposedNotThreatened() {
    Coded c = Coded.of("Thousands of Nigerian oil workers could strike next month over the new pension rules.");
    assertTrue(c.root("13").isEmpty(), c.describe());
    assertTrue(news(c, "14").isEmpty(), c.describe());
  }

  @Test
  void chargesThatMayBeLaidAreNotYetLaid() {
    Coded c = Coded.of("Kenyan police said further charges against the two suspects may be laid next week.");
    assertTrue(c.root("13").isEmpty(), c.describe());
    assertTrue(news(c, "17").isEmpty(), c.describe());
  }

  @Test
  void forcePromisedOnAConditionIsStillAThreat() {
    Coded c = Coded.of("The Malian army said it would shell the rebel positions if the convoy was attacked again.");
    Event e = c.root("13").get(0);
    assertEquals("MLI", Coded.countries(e.source()), c.describe());
  }

  @Test
  void aHedgedMeasureSetOnAnothersConductIsAnUltimatum() {
    Coded c = Coded.of("The European Union may suspend its aid to Niger if the junta refuses to hold elections.");
    assertEquals(1, c.root("13").size(), c.describe());
  }

  @Test
  void aThreatNounWithNoMakerIsADanger() {
    Coded c = Coded.of("Farmers in Kenya face the threat of heavy fines under the new water law.");
    assertTrue(c.root("13").isEmpty(), c.describe());
    Coded under = Coded.of("The pensions of Greek civil servants are under threat.");
    assertTrue(under.root("13").isEmpty(), under.describe());
  }

  @Test
  void aThreatNounWithItsMakerIsAThreatOfWhatItNames() {
    Coded c = Coded.of("Residents of Goma were alarmed by the rebels' threat to attack the city.");
    Event e = c.root("13").get(0);
    assertEquals("138", e.cameo(), c.describe());
    assertTrue(news(c, "19").isEmpty(), "the attack threatened is not done: " + c.describe());
  }

  @Test
  void aWarningIssuedIsAThreat() {
    Coded c = Coded.of("The Nigerian government issued a warning to the militants in the delta.");
    assertEquals("130", c.trigger("warning").cameo(), c.describe());
  }

  @Test
  void warningOfOnesOwnRetributionIsAThreat() {
    Coded c = Coded.of("The Egyptian government warned Ethiopia of serious consequences over the dam.");
    Event e = c.trigger("warned");
    assertEquals("130", e.cameo(), c.describe());
    assertEquals("ETH", Coded.countries(e.target()), c.describe());
  }

  @Test
  void warningThatSomethingCouldHarmIsAPessimisticComment() {
    Coded c = Coded.of("The Canadian auditor general warned that the loss of the records could hamper future inquiries.");
    assertEquals("012", c.trigger("warned").cameo(), c.describe());
  }

  @Test
  void warningSomeoneOffWhatIsNoForceIsAnAppeal() {
    Coded c = Coded.of("The Greens warned both Irish parties against pandering to prejudice.");
    assertEquals("02", c.trigger("warned").cameo().substring(0, 2), c.describe());
    Coded d = Coded.of("The Irish finance minister warned the unions not to be tempted into a long dispute.");
    assertEquals("02", d.trigger("warned").cameo().substring(0, 2), d.describe());
  }

  @Test
  void warningSomeoneOffForceIsAThreat() {
    Coded c = Coded.of("NATO warned Serbia against any attack on the peacekeepers.");
    assertEquals("13", c.trigger("warned").cameo().substring(0, 2), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Diplomatic ties and missions, welcomes and mediation, agreements made. */
class DiplomacyTest {
  @Test
  void tiesEstablishedOrRestoredAreRecognition() {
    Event e = Coded.of("Bhutan and Germany established diplomatic ties on Tuesday.").trigger("established");
    assertEquals("054", e.cameo());
    Event r = Coded.of("Iran restored relations with Bahrain after eight years.").trigger("restored");
    assertEquals("054", r.cameo());
    assertEquals("BHR", Coded.countries(r.target()));
  }

  @Test
  void openingAnEmbassyIsRecognitionButOpeningAShopIsNothing() {
    Event e = Coded.of("Chile opened an embassy in Hanoi last week.").trigger("opened");
    assertEquals("SUPPORT", e.plover().type());
    Coded shop = Coded.of("A Chilean firm opened a shop in Hanoi last week.");
    assertEquals(0, shop.doc.events().size(), shop.describe());
  }

  @Test
  void aWelcomeGivenIsHosting() {
    Event e = Coded.of("The Portuguese president gave a warm welcome to the visiting Angolan leader.").trigger("welcome");
    assertEquals("043", e.cameo());
  }

  @Test
  void theSubjectsOfAMutualActStandOnBothSides() {
    Coded c = Coded.of("Kenya and Uganda signed a trade agreement in Kampala on Monday.", "2021-03-02");
    Event e = c.trigger("signed");
    assertEquals("KEN", Coded.countries(e.source()), c.describe());
    assertEquals("UGA", Coded.countries(e.target()), c.describe());
    // a visit is made to a host: two visitors are not each other's hosts
    Coded d = Coded.of("The Kenyan and Ugandan presidents visited Beijing on Monday.", "2021-03-02");
    assertEquals("CHN", Coded.countries(d.trigger("visited").target()), d.describe());
  }

  @Test
  void anAgreementThatExistsIsNoAgreementMade() {
    Coded under = Coded.of("Under the agreement, Kenya will supply power to Uganda.");
    assertTrue(under.root("05").isEmpty(), under.describe());
    Coded cited = Coded.of("The Turkish president cited the NATO treaty in his speech.");
    assertTrue(cited.root("05").isEmpty(), cited.describe());
  }

  @Test
  void anAgreementReachedIsOne() {
    Coded c = Coded.of("Kenya and Uganda reached an agreement on Monday.");
    assertEquals("057", c.trigger("agreement").cameo(), c.describe());
  }

  @Test
  void theSidesOfAnAgreementSignedAreInItsBetweenPhrase() {
    Coded c = Coded.of("The peace deal between Ethiopia and Eritrea was signed in Riyadh on Sunday.");
    assertEquals("ERI,ETH", Coded.parties(c.trigger("signed")), c.describe());
  }
}

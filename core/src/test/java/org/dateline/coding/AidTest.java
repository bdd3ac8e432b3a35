package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Giving verbs are aid of the kind given, to whom it is given or for. */
class AidTest {
  @Test
  void whatIsGivenSaysWhichAid() {
    Event food = Coded.of("Canada sent food and medicine to Haiti after the storm.").trigger("sent");
    assertEquals("073", food.cameo());
    assertEquals("HTI", Coded.countries(food.target()));
    Event loan = Coded.of("Japan gave Vietnam a loan to build the new port.").trigger("gave");
    assertEquals("071", loan.cameo());
    assertEquals("VNM", Coded.countries(loan.target()));
    Event asylum = Coded.of("Ecuador granted asylum to the former minister.").trigger("granted");
    assertEquals("075", asylum.cameo());
  }

  @Test
  void aQuantityOfAidIsAid() {
    Event e = Coded.of("Norway gave Malawi four million dollars of aid for its clinics.").trigger("gave");
    assertEquals("070", e.cameo());
    assertEquals("MWI", Coded.countries(e.target()));
    Event arms = Coded.of("Brazil continued to send arms to Bolivia, officials said.").trigger("send");
    assertEquals("072", arms.cameo());
  }

  @Test
  void troopsGivenAreProtectionAndIntelligenceGivenIsSharing() {
    Event troops = Coded.of("Fiji contributed 300 troops to the force in Lebanon.").trigger("contributed");
    assertEquals("AID", troops.plover().type());
    Event shared = Coded.of("Estonia shared intelligence with Finland about the cable damage.").trigger("shared");
    assertEquals("064", shared.cameo());
    assertEquals("FIN", Coded.countries(shared.target()));
  }

  @Test
  void aidForAcountryTargetsIt() {
    Event e = Coded.of("Sweden will provide aid for Moldova during the winter.").trigger("provide");
    assertEquals("MDA", Coded.countries(e.target()));
  }

  @Test
  void givingWithoutAidIsNoEvent() {
    Coded c = Coded.of("Officials gave a briefing to reporters in Oslo.");
    assertEquals(0, c.doc.events().stream().filter(e -> e.evidence().trigger().equals("gave")).count(), c.describe());
  }

  @Test
  void vaccinatingPeopleIsHumanitarianAid() {
    Event e = Coded.of("The Samoan health ministry vaccinated 20,000 children during the measles outbreak.").trigger("vaccinated");
    assertEquals("073", e.cameo());
  }

  @Test
  void rescueAndCareOfPeopleInDangerIsHumanitarianAid() {
    Coded c = Coded.of("Philippine coast guard ships searched for the missing fishermen on Monday. Rescue workers "
        + "pulled six survivors from the collapsed hotel. Army medics treated dozens of wounded villagers.");
    assertEquals("073", c.trigger("searched").cameo(), c.describe());
    assertEquals("073", c.trigger("pulled").cameo(), c.describe());
    assertEquals("073", c.trigger("treated").cameo(), c.describe());
    // searching for a suspect, saving money or treating workers fairly gives no aid
    Coded d = Coded.of("Philippine police searched for the suspect in Manila. The Philippine government saved money "
        + "by cutting jobs. The firm treated its workers fairly.");
    assertTrue(d.root("07").isEmpty(), d.describe());
  }
}

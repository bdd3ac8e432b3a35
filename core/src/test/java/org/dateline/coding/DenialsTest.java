package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Turning down what is said of oneself is a denial; turning down what another asks or offers is a rejection. */
class DenialsTest {
  @Test
  void dismissingReportsOrClaimsIsADenial() {
    Coded c = Coded.of("The Dutch prime minister dismissed reports that he had fallen out with his finance minister. "
        + "The Dutch interior ministry rejected claims that its asylum policy had failed. "
        + "The Dutch foreign minister rebutted the criticism.", "2005-01-01");
    assertEquals("016", c.trigger("dismissed").cameo(), c.describe());
    assertEquals("016", c.trigger("rejected").cameo(), c.describe());
    assertEquals("016", c.trigger("rebutted").cameo(), c.describe());
  }

  @Test
  void shruggingOffOrPlayingDownClaimsIsADenial() {
    Coded c = Coded.of("The Belgian prime minister shrugged off claims that he had misled parliament. "
        + "The Belgian army played down reports of a mutiny. The Belgian foreign minister brushed aside "
        + "allegations of spying.", "2005-01-01");
    assertEquals("016", c.trigger("shrugged").cameo(), c.describe());
    assertEquals("016", c.trigger("played").cameo(), c.describe());
    assertEquals("016", c.trigger("brushed").cameo(), c.describe());
    // playing a match is no event
    Coded d = Coded.of("The Belgian team played a friendly match in Brussels.", "2005-01-01");
    assertTrue(d.doc.events().isEmpty(), d.describe());
  }

  @Test
  void rejectingADemandOrAnOfferIsARejection() {
    Coded c = Coded.of("The Dutch government rejected the unions' demands. The Dutch prime minister dismissed the "
        + "Belgian offer of talks.", "2005-01-01");
    assertEquals("12", c.trigger("rejected").cameo().substring(0, 2), c.describe());
    assertEquals("12", c.trigger("dismissed").cameo().substring(0, 2), c.describe());
  }

  @Test
  void whatADeniedReportClaimsDidNotHappen() {
    Coded c = Coded.of("The Dutch prime minister dismissed reports that he had agreed to resign.", "2005-01-01");
    assertNotEquals(null, c.trigger("agreed").modality(), c.describe());
    assertNotEquals("intent", c.trigger("agreed").modality(), c.describe());
  }
  @Test
  void denyingAClauseTheParserTookApartIsADenial() {
    Coded c = Coded.of("The Chilean opposition leader denied his party was split over the pension reform.", "2005-01-01");
    assertEquals("016", c.trigger("denied").cameo(), c.describe());
    Coded d = Coded.of("The Chilean president denied the activists a permit to march.", "2005-01-01");
    assertEquals("120", d.trigger("denied").cameo(), d.describe());
  }

  @Test
  void warningThatSomethingIsSoIsNoThreat() {
    Coded c = Coded.of("The head of the Chilean miners' union warned the costs could easily outweigh the benefits. "
        + "The Chilean bar association warned there was a real risk that poor defendants would go unrepresented.", "2005-01-01");
    assertTrue(c.root("13").isEmpty(), c.describe());
    assertEquals(2, c.root("012").size(), c.describe());
  }

  @Test
  void denyingThatSomeoneNamedAndDescribedSaidSomethingIsADenial() {
    Coded c = Coded.of("The Chilean president denied Ana Rojas, his energy adviser, said the dam would be built.", "2005-01-01");
    assertEquals("016", c.trigger("denied").cameo(), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A secretary of a portfolio ("the education secretary", "the transport secretary") is a minister,
 * the shadow one the opposition's; a party's leader or spokesman is the party's; the nations of the
 * United Kingdom are of GBR.
 */
class PortfolioTitlesTest {
  @Test
  void aPortfolioSecretaryIsAMinister() {
    Coded c = Coded.of("The transport secretary criticised the rail operators over late trains.");
    Event e = c.trigger("criticised");
    assertEquals("GOV", e.source().get(0).sector(), c.describe());
  }

  @Test
  void theShadowSecretaryIsTheOppositions() {
    Coded c = Coded.of("The shadow transport secretary criticised the rail operators over late trains.");
    Event e = c.trigger("criticised");
    assertEquals("OPP", e.source().get(0).sector(), c.describe());
  }

  @Test
  void aScottishOrWelshMinisterIsBritish() {
    Coded c = Coded.of("The Scottish health secretary praised the nurses of Glasgow.");
    assertEquals("GBR", Coded.countries(c.trigger("praised").source()), c.describe());
    Coded w = Coded.of("The Welsh finance minister criticised the Treasury.");
    assertEquals("GBR", Coded.countries(w.trigger("criticised").source()), w.describe());
  }

  @Test
  void aBareSecretaryIsNoMinister() {
    Coded c = Coded.of("His secretary criticised the new parking rules.");
    assertTrue(c.doc.events().stream().flatMap(e -> e.source().stream()).noneMatch(a -> "GOV".equals(a.sector())), c.describe());
  }

  @Test
  void aPartysLeaderOrSpokesmanIsThePartys() {
    Coded c = Coded.of("The Tory spokesman criticised the new rules for pubs.", "2005-02-01");
    assertEquals("PTY", c.trigger("criticised").source().get(0).sector(), c.describe());
    Coded d = Coded.of("The government spokesman criticised the new rules for pubs.", "2005-02-01");
    assertEquals("GOV", d.trigger("criticised").source().get(0).sector(), d.describe());
  }
}

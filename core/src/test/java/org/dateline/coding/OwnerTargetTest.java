package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** The target named inside the thing acted on: whose demands, whose goods, which town's people. */
class OwnerTargetTest {
  @Test
  void demandsFromAGroupTargetThatGroup() {
    Coded c = Coded.of("The Malian government accepted demands from Tuareg rebels for a share of mining revenue.");
    Event e = c.trigger("accepted");
    assertTrue(e.target().stream().anyMatch(a -> "REB".equals(a.sector())), c.describe());
  }

  @Test
  void restrictionsAgainstAPeoplesGoodsTargetTheirCountry() {
    Coded c = Coded.of("Spain threatened to impose restrictions against Moroccan fish imports.");
    Event e = c.trigger("threatened");
    assertTrue(e.cameo().startsWith("13"), c.describe());
    assertEquals("MAR", Coded.countries(e.target()), c.describe());
  }

  @Test
  void forceThreatenedInATownTargetsItsPeople() {
    Coded c = Coded.of("Turkey threatened to impose a curfew in Diyarbakir.");
    Event e = c.trigger("threatened");
    assertEquals("TUR", Coded.countries(e.target()), c.describe());
    assertEquals("CVL", e.target().get(0).sector());
  }

  @Test
  void whatIsThreatenedInAPlaceTargetsIt() {
    Coded c = Coded.of("The rebels threatened to resume operations in Ituri province.");
    Event e = c.trigger("threatened");
    assertEquals("COD", Coded.countries(e.target()), c.describe());
  }

  @Test
  void whatIsFiredIsNoTarget() {
    Coded c = Coded.of("Sudanese aircraft fired two bombs at the market in Kauda on Friday.");
    Event e = c.trigger("fired");
    assertTrue(e.target().stream().noneMatch(a -> "UAF".equals(a.sector())), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** An event named again ("the attack") with no sides of its own is the one the story told before. */
class NamedAgainTest {
  @Test
  void theAttackNamedAgainKeepsItsSides() {
    Coded c = Coded.of("Boko Haram fighters attacked a Nigerian army base in Borno on Monday. "
        + "The attack lasted three hours.", "2021-05-12");
    Event again = c.trigger("attack");
    assertEquals(c.trigger("attacked").source(), again.source(), c.describe());
    assertTrue(again.explain().type().contains("earlier mention 'attacked'"), again.explain().type());
  }

  @Test
  void theVictimsOfAnAttackNamedAgainAreNamedHereItsDoerBefore() {
    Coded c = Coded.of("Gunmen from a Fulani militia attacked a village in Plateau state, Nigeria, on Sunday. "
        + "Police arrived two hours later. Eleven villagers died in the attack, local officials said.", "2021-05-12");
    Event again = c.trigger("attack");
    assertEquals(c.trigger("attacked").source(), again.source(), c.describe());
    assertEquals("NGACVL", again.target().get(0).code(), c.describe());
    // a conviction named again is not given the last court or judge named
    Coded d = Coded.of("Judge Tunde Bello sentenced the former governor to six years on Friday. "
        + "His lawyers said his conviction for fraud would be appealed.", "2021-05-12");
    assertTrue(d.root("11").stream().allMatch(e -> e.source().stream().noneMatch(a -> "Tunde Bello".equals(a.name()))),
        d.describe());
  }

  @Test
  void anIncidentNamedAgainHappenedOnTheDayFirstTold() {
    Coded c = Coded.of("A gunman opened fire at a market in Kano, Nigeria, on Saturday, killing 12 people. Nigerian "
        + "police said on Monday that they had arrested a suspect. The shooting began at 10:39 a.m. near the main gate.",
        "2019-08-06");
    assertEquals("2019-08-03", c.trigger("shooting").date(), c.describe());
    // an arrest told after the Monday it names stays on its own day
    assertEquals("2019-08-05", c.trigger("arrested").date(), c.describe());
  }

  @Test
  void anAttackNotNamedBeforeHasNoBorrowedSides() {
    Coded c = Coded.of("Kenya and Uganda signed a trade deal on Monday. An attack on a bus killed four people "
        + "near Mandera.", "2021-05-12");
    assertTrue(c.root("19").stream().allMatch(e -> e.source().isEmpty()), c.describe());
  }
}

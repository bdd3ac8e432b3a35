package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Deaths in accidents and disasters are no violence; deaths with a weapon or a doer still are. */
class MishapsTest {
  private static boolean force(Coded c) {
    return !c.root("18").isEmpty() || !c.root("19").isEmpty() || !c.root("20").isEmpty();
  }

  @Test
  void aVehicleOverturningKillsNoOneByViolence() {
    Coded c = Coded.of("A minibus overturned on a mountain road in Nepal on Friday, killing 14 pilgrims.");
    assertFalse(force(c), c.describe());
  }

  @Test
  void injuriesWhenARoofCollapsesAreAnAccident() {
    Coded c = Coded.of("Three firefighters were injured when the roof of a warehouse collapsed in Leeds on Monday.");
    assertFalse(force(c), c.describe());
  }

  @Test
  void aFireThatKillsWorkersIsNoAttack() {
    Coded c = Coded.of("A fire swept through a textile factory in Dhaka on Tuesday, killing 22 workers.");
    assertFalse(force(c), c.describe());
  }

  @Test
  void aBombThatExplodesIsStillViolence() {
    Coded c = Coded.of("A car bomb exploded outside a police station in Mosul on Monday, killing six officers.");
    assertTrue(force(c), c.describe());
  }

  @Test
  void aTruckLoadedWithExplosivesIsAWeapon() {
    Coded c = Coded.of("A truck loaded with explosives rammed an army checkpoint in Sinai, killing nine soldiers.");
    assertTrue(force(c), c.describe());
  }

  @Test
  void gunmenWhoFireOnABusAreViolence() {
    Coded c = Coded.of("Gunmen opened fire on a bus in Sindh on Sunday, killing seven passengers.");
    assertTrue(force(c), c.describe());
  }

  @Test
  void aPlaneCrashKillsNoOneByViolence() {
    Coded c = Coded.of("A passenger plane crashed shortly after take-off from Addis Ababa on Sunday, killing all 157 people on board.");
    assertFalse(force(c), c.describe());
  }

  @Test
  void deathsWhenVehiclesCollideAreAnAccident() {
    Coded c = Coded.of("Two people died and 30 were injured when a bus collided with a lorry on a motorway near Lyon.");
    assertFalse(force(c), c.describe());
  }

  @Test
  void aFireThatInjuresInARelativeClauseIsNoAttack() {
    Coded c = Coded.of("The fire, which injured two security guards, started in the kitchen of a hotel in Mumbai on Sunday.");
    assertFalse(force(c), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** What is joined or left says the act: a coalition, forces, a mission; an office, not a habit. */
class JoinedAndLeftTest {
  @Test
  void joiningACoalitionForcesOrAMissionCooperates() {
    Coded c = Coded.of("Portugal joined the coalition against the pirates off Somalia in May.");
    assertEquals("050", c.trigger("joined").cameo(), c.describe());
    Coded d = Coded.of("Irish soldiers joined the peacekeeping mission in Lebanon last week.");
    assertEquals("074", d.trigger("joined").cameo(), d.describe());
    Coded f = Coded.of("The Kurdish militia joined forces with the Iraqi army near Kirkuk.");
    assertEquals("060", f.trigger("joined").cameo(), f.describe());
  }

  @Test
  void leavingOrQuittingAnOfficeIsResigning() {
    Coded c = Coded.of("The Slovak interior minister quit his post on Tuesday after the protests.");
    assertEquals("0831", c.trigger("quit").cameo(), c.describe());
    Coded d = Coded.of("The Peruvian president said he would leave office at the end of the month.");
    assertEquals("03", d.trigger("leave").cameo().substring(0, 2), d.describe());
  }

  @Test
  void quittingAsARoleOrWithNothingQuitIsResigning() {
    Coded c = Coded.of("The Slovak interior minister quit as party chairman on Tuesday.");
    assertEquals("0831", c.trigger("quit").cameo(), c.describe());
    Coded d = Coded.of("A Slovak opposition election challenger is quitting after a row over his remarks.");
    assertEquals("0831", d.trigger("quitting").cameo(), d.describe());
    // quitting a party is leaving it, not an office
    Coded e = Coded.of("Two Slovak MPs quit the ruling party on Monday.");
    assertTrue(e.root("08").isEmpty(), e.describe());
  }

  @Test
  void quittingAHabitOrLeavingAPlaceIsNoResignation() {
    Coded c = Coded.of("The Slovak interior minister quit smoking last year.");
    assertTrue(c.root("08").isEmpty(), c.describe());
    Coded d = Coded.of("The Peruvian president left the capital on Tuesday morning.");
    assertTrue(d.root("08").isEmpty() && d.root("03").isEmpty(), d.describe());
  }

  @Test
  void joiningOrAttendingARallyIsDemonstrating() {
    Coded c = Coded.of("Hundreds of Chilean students attended a rally against tuition fees in Santiago.");
    assertEquals("141", c.trigger("attended").cameo(), c.describe());
    Coded d = Coded.of("Chilean dockworkers joined the march against the pension reform on Friday.");
    assertEquals("141", d.trigger("joined").cameo(), d.describe());
    Coded e = Coded.of("The Chilean foreign minister attended a meeting of the Pacific Alliance in Lima.");
    assertEquals("042", e.trigger("attended").cameo(), e.describe());
  }

  @Test
  void leavingOfficeInProtestIsAProtest() {
    Coded c = Coded.of("A senior judge in Nairobi has resigned in protest over the government's new security laws.");
    Event e = c.trigger("resigned");
    assertEquals("140", e.cameo(), c.describe());
    assertEquals("GOV", e.target().get(0).sector(), c.describe());
    Coded plain = Coded.of("The Kenyan health minister resigned on Monday.");
    assertEquals("0831", plain.trigger("resigned").cameo(), plain.describe());
  }
}

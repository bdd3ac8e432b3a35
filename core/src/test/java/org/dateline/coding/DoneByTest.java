package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Who did an act named by a noun, said by a verb of doing beside it. */
class DoneByTest {
  @Test
  void anAttackCarriedOutByAGroupIsTheGroups() {
    Coded c = Coded.of("Eleven soldiers died in the attack, reportedly carried out by al-Shabaab.", "2021-05-12");
    Event attack = c.trigger("attack");
    assertEquals("SOMREB", attack.source().get(0).code(), c.describe());
  }

  @Test
  void aRallyLedByStudentsIsTheStudents() {
    Coded c = Coded.of("Police broke up a protest organised by students in Dhaka on Monday.", "2021-05-12");
    Event protest = c.trigger("protest");
    assertTrue(protest.source().get(0).text().startsWith("students"), c.describe());
  }

  @Test
  void anAttackCondemnedByABodyIsNotThatBodys() {
    Coded c = Coded.of("Six people died in the attack, condemned by the United Nations.", "2021-05-12");
    Event attack = c.trigger("attack");
    assertTrue(attack.source().stream().noneMatch(a -> a.text().contains("United Nations")), c.describe());
  }

  @Test
  void anAttackClaimedIsResponsibilityClaimedAndTheClaimantsAct() {
    Coded c = Coded.of("The bombing of the market in Mogadishu was claimed by al-Shabaab.", "2021-05-12");
    Event claimed = c.trigger("claimed");
    assertEquals("015", claimed.cameo(), c.describe());
    assertEquals("SOMREB", claimed.source().get(0).code(), c.describe());
    // a claim that something is so stays an accusation
    assertEquals("112", Coded.of("The Somali opposition claimed the election was rigged.").trigger("claimed").cameo());
  }

  @Test
  void aPresentParticipleModifyingANounIsDoneByIt() {
    Coded c = Coded.of("Kenyan police investigating the murder of a judge arrested two men in Nakuru on Monday.", "2021-03-02");
    Event e = c.trigger("investigating");
    assertEquals("COP", e.source().get(0).sector(), c.describe());
  }
}

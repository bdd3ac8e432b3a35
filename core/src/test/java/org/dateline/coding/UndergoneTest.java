package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Who undergoes an act named by a noun, and nouns that name no act of the day. */
class UndergoneTest {
  @Test
  void whoSurvivesAnAttackIsItsTargetNotItsDoer() {
    Coded c = Coded.of("The Nigerian governor survived an attack on his convoy near Maiduguri on Sunday.");
    Event e = c.trigger("attack");
    assertTrue(e.source().stream().noneMatch(a -> "GOV".equals(a.sector())), c.describe());
    assertTrue(e.target().stream().anyMatch(a -> "NGAGOV".equals(a.code())), c.describe());
  }

  @Test
  void whoIsInjuredInABombingIsItsTarget() {
    Coded c = Coded.of("Four Afghan police officers were injured in the bombing in Kandahar on Monday.");
    for (Event e : c.doc.events()) {
      assertTrue(e.source().stream().noneMatch(a -> "COP".equals(a.sector())), c.describe());
    }
    assertTrue(c.doc.events().stream().anyMatch(e -> e.target().stream().anyMatch(a -> "AFGCOP".equals(a.code()))),
        c.describe());
  }

  @Test
  void whoFacesOrReceivesAnActUndergoesItAndWhomItComesFromDidIt() {
    Coded c = Coded.of("The Kenyan prime minister faced fierce criticism from opposition lawmakers over the war.");
    Event e = c.trigger("criticism");
    assertEquals("KENGOV", e.target().get(0).code(), c.describe());
    assertEquals("OPP", e.source().get(0).sector(), c.describe());
    Coded aid = Coded.of("Kenya received aid from Japan after the floods.");
    assertEquals("JPN", Coded.countries(aid.trigger("aid").source()), aid.describe());
    assertEquals("KEN", Coded.countries(aid.trigger("aid").target()), aid.describe());
  }

  @Test
  void aChargeLaidIsLegalAction() {
    Coded c = Coded.of("Peruvian prosecutors filed charges against the former president on Monday.");
    assertEquals("173", c.trigger("charges").cameo(), c.describe());
  }

  @Test
  void beingInChargeOrInSupportIsNoAct() {
    Coded c = Coded.of("The Ghanaian deputy minister is in charge of the new border agency.");
    assertTrue(c.doc.events().isEmpty(), c.describe());
    Coded e = Coded.of("The Ugandan opposition leader has been in custody since March.");
    assertTrue(e.root("17").isEmpty(), e.describe());
    Coded d = Coded.of("Hundreds of students marched in support of the jailed journalist in Lagos on Friday.");
    assertTrue(d.root("05").isEmpty(), d.describe());
    assertEquals("14", d.trigger("marched").cameo().substring(0, 2), d.describe());
  }

  @Test
  void theOwnerOfAnArrestIsWhoIsArrested() {
    Coded c = Coded.of("Belarusian police confirmed the journalist's arrest in Minsk on Friday.");
    Event e = c.trigger("arrest");
    assertEquals("BLRCOP", e.source().get(0).code(), c.describe());
    assertEquals("MED", e.target().get(0).sector(), c.describe());
  }

  @Test
  void aPossibleOrPlannedActIsNotDoneAndNotThreatened() {
    Coded c = Coded.of("A potential charge of treason against the Zambian opposition leader carries a life sentence.");
    Event e = c.trigger("charge");
    assertEquals("hypothetical", e.modality(), c.describe());
    assertEquals("173", e.cameo(), c.describe());
    Coded d = Coded.of("The planned talks between Serbia and Kosovo were postponed.");
    assertEquals("future", d.trigger("talks").modality(), d.describe());
  }
}

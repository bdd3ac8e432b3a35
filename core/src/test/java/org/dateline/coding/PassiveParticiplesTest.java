package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** A past participle with no subject of its own is done to what it hangs on (sentences written here). */
class PassiveParticiplesTest {
  @Test
  void aParticipleAfterTheClauseIsDoneToTheClausesSubject() {
    Coded c = Coded.of("The Ghanaian opposition leader appeared in court in Accra on Monday, charged with fraud.");
    Event e = c.trigger("charged");
    assertEquals("GHAOPP", e.target().get(0).code(), c.describe());
    assertTrue(e.source().stream().noneMatch(a -> "OPP".equals(a.sector())), c.describe());
  }

  @Test
  void aParticipleOnANounIsDoneToTheNoun() {
    Coded c = Coded.of("A Ghanaian businessman charged with fraud appeared in court in Accra on Monday.");
    assertEquals("GHABUS", c.trigger("charged").target().get(0).code(), c.describe());
    Coded d = Coded.of("Arrested in May, the Ghanaian opposition leader was freed on Friday.");
    assertEquals("GHAOPP", d.trigger("Arrested").target().get(0).code(), d.describe());
  }

  @Test
  void theClausesSubjectDoesNotDoWhatItUndergoes() {
    Coded c = Coded.of("The Ghanaian minister resigned on Friday, accused by lawmakers of taking bribes.");
    Event e = c.trigger("accused");
    assertEquals("GHAGOV", e.target().get(0).code(), c.describe());
    assertEquals("LEG", e.source().get(0).sector(), c.describe());
  }

  @Test
  void aParticipleWhoseDoerIsUnknownActsOnNoOne() {
    // the reporter's question is no appeal to the minister
    Coded c = Coded.of("Asked about the vote on Monday, the Ghanaian finance minister said the budget was sound.");
    assertTrue(c.doc.events().stream().noneMatch(e -> e.target().stream().anyMatch(a -> "GHAGOV".equals(a.code()))),
        c.describe());
  }

  @Test
  void aPassiveWithItsOwnSubjectIsNotDoneByTheGoverningClausesSubject() {
    Coded c = Coded.of("Eight of the dead were killed in the shooting, Nigerian police said. Seventeen Indian "
        + "villagers died and 35 were rescued.", "2019-08-06");
    assertTrue(c.trigger("killed").source().stream().noneMatch(a -> "COP".equals(a.sector())), c.describe());
    assertTrue(c.trigger("rescued").source().isEmpty(), c.describe());
  }

  @Test
  void anActiveParticipleKeepsItsDoer() {
    // "having signed" has an active auxiliary and an object: the subject signed
    Coded c = Coded.of("Having signed the deal with Mali, the Ghanaian minister flew home on Friday.");
    assertEquals("GHAGOV", c.trigger("signed").source().get(0).code(), c.describe());
  }

  @Test
  void aHeadlinesPastFormWithNoObjectIsPassive() {
    Coded c = Coded.of("Kenyan parties warned over youth vote\n\nKenya's political parties cannot take young voters "
        + "for granted, a Nairobi charity said on Monday.");
    Event e = c.trigger("warned");
    assertTrue(e.source().stream().noneMatch(a -> "PTY".equals(a.sector())), c.describe());
    assertEquals("PTY", e.target().get(0).sector(), c.describe());
    // the present tells the headline's own deed
    Coded active = Coded.of("Kenyan minister criticises opposition over tax plan\n\nThe Kenyan finance minister spoke "
        + "in Nairobi on Monday.");
    assertEquals("GOV", active.trigger("criticises").source().get(0).sector(), active.describe());
  }

  @Test
  void aPoliticianAttackedOverAMatterIsCriticised() {
    Coded c = Coded.of("Kenyan minister attacked over visa row\n\nThe Kenyan interior minister faced criticism on Monday.");
    assertEquals("111", c.trigger("attacked").cameo(), c.describe());
  }

  @Test
  void aHeadlinesUnnamedDoerIsTheOneTheBodyNames() {
    Coded c = Coded.of("Kenyan parties warned over youth vote\n\nA Nairobi charity warned Kenya's political parties "
        + "on Monday that young voters would stay at home.");
    Event head = c.doc.events().stream().filter(e -> e.evidence().sentence() == 0).findFirst().orElseThrow();
    assertEquals("KENNGO", head.source().get(0).code(), c.describe());
    assertEquals("PTY", head.target().get(0).sector(), c.describe());
  }
}

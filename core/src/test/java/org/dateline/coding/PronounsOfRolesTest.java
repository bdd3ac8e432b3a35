package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/**
 * "He" or "she" after a person named by role ("the foreign minister") is that person; "they" after
 * a group that was a subject is that group.
 */
class PronounsOfRolesTest {
  @Test
  void aPronounAfterARoleIsThePersonOfThatRole() {
    Coded c = Coded.of("The Indian foreign minister arrived in Dhaka on Sunday. He met the Bangladeshi prime minister on Monday.",
        "2021-05-12");
    Event met = c.trigger("met");
    assertEquals("INDGOV", met.source().get(0).code(), c.describe());
  }

  @Test
  void aPronounInAPlacesClauseIsTheSubjectBefore() {
    Coded c = Coded.of("The Indian foreign minister flew to Dhaka, where he met the Bangladeshi prime minister on Sunday.",
        "2021-05-12");
    assertEquals("INDGOV", c.trigger("met").source().get(0).code(), c.describe());
  }

  @Test
  void aPersonNamedAfterTheRoleIsWhoThePronounIs() {
    Coded c = Coded.of("The Indian foreign minister praised Subrahmanyam Jaishankar. He met the Bangladeshi prime minister on Monday.",
        "2021-05-12");
    assertEquals("Subrahmanyam Jaishankar", c.trigger("met").source().get(0).name(), c.describe());
  }

  @Test
  void theyAreTheGroupThatWasTheSubjectBefore() {
    Coded c = Coded.of("Kenyan doctors walked out of public hospitals on Monday. They accused the health ministry of breaking a pay deal.",
        "2021-05-12");
    Event accused = c.trigger("accused");
    assertEquals("KENHLH", accused.source().get(0).code(), c.describe());
  }

  @Test
  void theyInsideAQuoteAreNotTheGroupOfTheNarrative() {
    Coded c = Coded.of("Kenyan doctors walked out of public hospitals on Monday. \"They lied to us,\" a union official said of the ministers.",
        "2021-05-12");
    assertEquals(null, Pronouns.group(c.doc, c.doc.sentences().get(1).tokens().stream()
        .filter(t -> t.word().equals("They")).findFirst().orElseThrow()), c.describe());
  }

  @Test
  void theyInsideTheSubjectsOwnPhraseIsNotThatSubject() {
    Coded c = Coded.of("Delegates of the unions that they lead walked out of the Nairobi talks on Monday.", "2021-05-12");
    org.dateline.model.Token they = c.doc.sentences().get(0).tokens().stream()
        .filter(t -> t.word().equals("they")).findFirst().orElseThrow();
    org.dateline.model.Token group = Pronouns.group(c.doc, they);
    assertEquals(null, group == null ? null : group.word(), c.describe());
  }

  @Test
  void aPossessiveInAPhraseBeforeTheSubjectIsTheSubjects() {
    Coded c = Coded.of("Imran Khan met bankers in Karachi. As part of his admonition, the Indian foreign minister "
        + "stated that promises had been broken.", "2019-03-13");
    assertEquals("INDGOV", c.trigger("admonition").source().get(0).code(), c.describe());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Everyday acts of diplomacy: talking with a leader, by telephone too, and an envoy summoned in protest. */
class DiplomaticActsTest {
  @Test
  void speakingWithALeaderIsAConsultationSpeakingToThePressIsNot() {
    Coded c = Coded.of("The Kenyan president spoke with his Ugandan counterpart about the border dispute.");
    assertEquals("040", c.trigger("spoke").cameo(), c.describe());
    assertEquals("UGA", c.trigger("spoke").target().get(0).country(), c.describe());
    Coded press = Coded.of("The Kenyan president spoke to reporters in Nairobi.");
    assertTrue(press.root("04").isEmpty(), press.describe());
  }

  @Test
  void speakingByTelephoneWithALeaderIsAConsultation() {
    Coded c = Coded.of("The Egyptian president spoke by telephone with the Jordanian king on Monday.");
    assertEquals("04", c.trigger("spoke").cameo().substring(0, 2), c.describe());
    assertEquals("JOR", c.trigger("spoke").target().get(0).country(), c.describe());
  }

  @Test
  void anEnvoySummonedIsADiplomaticProtest() {
    Coded c = Coded.of("Iran summoned the British ambassador over the remarks.");
    assertEquals("110", c.trigger("summoned").cameo(), c.describe());
    assertEquals("GBRGOV", c.trigger("summoned").target().get(0).code(), c.describe());
    Coded court = Coded.of("The court summoned the former minister to testify.");
    assertTrue(court.root("11").isEmpty(), court.describe());
  }

  @Test
  void aRoleNamedWithOfIsThatRole() {
    // "secretary" alone is no office; "secretary of state" is (sectors.tsv)
    Coded c = Coded.of("The US secretary of state arrived in Cairo on Monday.");
    assertEquals("USAGOV", c.trigger("arrived").source().get(0).code(), c.describe());
  }
}

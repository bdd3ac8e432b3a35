package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * Deaths and injuries told with no doer are violence by someone unnamed in a story of attacks
 * or fighting, and nobody's act in a story of an accident or a disaster.
 */
class HarmContextTest {
  private static Document coded(String title, String text) {
    Article a = new Article("t", LocalDate.parse("2024-03-12"), null, title, null, text, 0, null, null, "test");
    return Models.pipeline().process(a);
  }

  /** Whether the story codes force (roots 18 to 20) in its sentence that holds these words. */
  private static boolean force(Document doc, String words) {
    return doc.events().stream().anyMatch(e -> e.cameo().compareTo("18") >= 0 && e.cameo().compareTo("21") < 0
        && doc.sentences().get(e.evidence().sentence()).text().contains(words));
  }

  /** The story codes no force in the sentence that holds these words. */
  private static void mishap(String title, String words, String text) {
    Document d = coded(title, text);
    assertFalse(force(d, words), describe(d));
  }

  /** The story codes force in the sentence that holds these words. */
  private static void violence(String title, String words, String text) {
    Document d = coded(title, text);
    assertTrue(force(d, words), describe(d));
  }

  private static String describe(Document doc) {
    return doc.events().stream().map(e -> e.cameo() + " [" + e.evidence().trigger() + "] " + e.source())
        .toList().toString();
  }

  @Test
  void deathsAfterACycloneAreNobodysAct() {
    mishap("Cyclone batters coast of Mozambique", "thirty people",
        "A powerful cyclone tore through the coastal province of Sofala on Saturday, flattening thousands of homes. "
            + "Rescue teams reached the worst-hit villages on Sunday. "
            + "The provincial governor said at least thirty people had been killed and dozens more were missing.");
  }

  @Test
  void aWorkerKilledInAFactoryAccidentIsNoAttack() {
    mishap("Worker dies at paper mill in Ontario", "maintenance worker",
        "A maintenance worker was killed at a paper mill in Thunder Bay early on Thursday. "
            + "The company said the man had been repairing a conveyor when the accident happened. "
            + "Provincial inspectors have opened an investigation.");
  }

  @Test
  void aBystanderHurtInABusFireIsNoAttack() {
    mishap("Tourist bus catches fire on motorway near Bergamo", "passer-by",
        "A tourist bus caught fire on the A4 motorway near Bergamo on Monday afternoon. "
            + "The driver stopped and the forty passengers got out before the flames spread. "
            + "A passer-by was also injured.");
  }

  @Test
  void soldiersKilledInAStoryOfFightingStayViolence() {
    violence("Heavy fighting in southern Afghanistan", "Two soldiers",
        "Taliban insurgents launched an offensive on several checkpoints in Helmand province this week. "
            + "Fighting continued into Wednesday. "
            + "Two soldiers were killed in Helmand on Tuesday.");
  }

  @Test
  void deathsUnderABombAttackHeadlineStayViolence() {
    violence("Bomb attack on market in Maiduguri", "Three people",
        "The market in Maiduguri was crowded with shoppers on Friday morning. "
            + "Three people were killed, the state police commissioner said. "
            + "Ambulances took the wounded to the city's hospital.");
  }

  @Test
  void injuriesInAShootingNearAFireStayViolence() {
    violence("Shooting at Chicago block party", "Five people",
        "A gunman opened fire at a block party on the South Side of Chicago late on Saturday. "
            + "A fire broke out in a nearby garage as people fled. "
            + "Five people were injured, police said.");
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Each construction the coder handles, on sentences written for these tests. */
class EventCoderTest {
  @Test
  void subjectAndObject() {
    Event e = Coded.of("Germany criticized Hungary over its new media law.").trigger("criticized");
    assertEquals("111", e.cameo());
    assertEquals("DEU", Coded.countries(e.source()));
    assertEquals("HUN", Coded.countries(e.target()));
    assertEquals(3, e.quadClass());
    assertEquals("ACCUSE", e.plover().type());
  }

  @Test
  void passiveByAgent() {
    Event e = Coded.of("A Kenyan border post was attacked by Somali militants on Monday.").trigger("attacked");
    assertTrue(e.cameo().startsWith("19"), e.cameo());
    assertEquals("SOM", Coded.countries(e.source()));
  }

  @Test
  void coordinatedSubjectsMeet() {
    Event e = Coded.of("Chile and Peru met in Lima to discuss fishing rights.").trigger("met");
    assertEquals("040", e.cameo());
    assertEquals("CHL,PER", Coded.parties(e));
  }

  @Test
  void talksBetweenTwoParties() {
    Coded c = Coded.of("Talks between Ethiopia and Egypt resumed in Cairo on Tuesday.");
    Event e = c.trigger("Talks");
    assertTrue(e.cameo().startsWith("04"), e.cameo());
    assertEquals("EGY,ETH", Coded.parties(e));
  }

  @Test
  void controlChainCodesTheIntentNotTheContent() {
    Coded c = Coded.of("The foreign ministers of Spain, Italy and Greece agreed to hold a summit on migration.");
    Event e = c.trigger("agreed");
    assertEquals("036", e.cameo(), "intent to meet");
    assertEquals("intent", e.modality());
    assertEquals("ESP,GRC,ITA", Coded.countries(e.source()));
    assertTrue(e.source().stream().allMatch(a -> "GOV".equals(a.sector())));
    assertEquals(1, c.doc.events().size(), "the summit is the content, not a second event: " + c.describe());
  }

  @Test
  void appealWithObjectAndComplement() {
    Event e = Coded.of("Norway urged Sudan to let aid convoys into Darfur.").trigger("urged");
    assertTrue(e.cameo().startsWith("02"), e.cameo());
    assertEquals("NOR", Coded.countries(e.source()));
    assertEquals("SDN", Coded.countries(e.target()));
  }

  @Test
  void callOnIsAnAppeal() {
    Event e = Coded.of("Beijing has called on Washington to show restraint.", "2023-11-26").trigger("called");
    assertTrue(e.cameo().startsWith("02"), e.cameo());
    assertEquals("CHN", Coded.countries(e.source()));
    assertEquals("USA", Coded.countries(e.target()));
  }

  @Test
  void demandThatTargetsWhoIsToAct() {
    Event e = Coded.of("Poland demanded that Belarus withdraw its troops from the border.").trigger("demanded");
    assertTrue(e.cameo().startsWith("10"), e.cameo());
    assertEquals("BLR", Coded.countries(e.target()));
  }

  @Test
  void threatToUseForceIs138() {
    Event e = Coded.of("Armenia threatened to attack Azerbaijani positions near the border.").trigger("threatened");
    assertEquals("138", e.cameo());
  }

  @Test
  void rejection() {
    Event e = Coded.of("Serbia rejected a proposal by Kosovo to restart negotiations.").trigger("rejected");
    assertTrue(e.cameo().startsWith("12"), e.cameo());
    assertEquals("SRB", Coded.countries(e.source()));
  }

  @Test
  void negatedIntentIsARefusal() {
    Event e = Coded.of("Iran did not agree to meet with Saudi officials.").trigger("agree");
    assertTrue(e.cameo().startsWith("12"), e.cameo());
  }

  @Test
  void negationOfAPlainEventIsMarked() {
    Event e = Coded.of("Turkey did not criticize Russia for the strike.").trigger("criticize");
    assertTrue(e.negated());
  }

  @Test
  void clashBetweenGovernmentsIsAQuarrel() {
    Event e = Coded.of("Beijing has clashed with the US over a range of issues.", "2023-11-26").trigger("clashed");
    assertTrue(e.cameo().startsWith("11") || e.cameo().startsWith("12") || e.cameo().startsWith("13"), e.cameo());
  }

  @Test
  void clashBetweenTroopsAndRebelsIsFighting() {
    Event e = Coded.of("Congolese troops clashed with rebels near Goma on Friday.").trigger("clashed");
    assertTrue(e.cameo().startsWith("19"), e.cameo());
  }

  @Test
  void reportedSpeechKeepsTheReportedActor() {
    Event e = Coded.of("Officials in Seoul said North Korea fired two missiles into the sea.").trigger("fired");
    assertEquals("PRK", Coded.countries(e.source()));
    assertEquals("reported", e.modality());
  }

  @Test
  void possessiveAndAdjectiveObjectsNameTheTarget() {
    Event e = Coded.of("Japan welcomed India's decision to lift the export ban.").trigger("welcomed");
    assertEquals("IND", Coded.countries(e.target()));
    Event r = Coded.of("Bangladesh rejected an Indian proposal on river sharing.").trigger("rejected");
    assertEquals("IND", Coded.countries(r.target()));
  }

  @Test
  void visitAndHost() {
    Coded c = Coded.of("Vietnam's president visited Laos on Wednesday.");
    assertEquals("042", c.trigger("visited").cameo());
    assertEquals("LAO", Coded.countries(c.trigger("visited").target()));
  }

  @Test
  void dateOfTheClauseNotOfABackgroundClause() {
    Coded c = Coded.of("Greece and Turkey agreed on Monday to resume talks that had stalled since 2019.", "2024-03-12");
    Event e = c.trigger("agreed");
    assertEquals("2024-03-11", e.date());
    assertFalse(e.date().startsWith("2019"));
  }

  @Test
  void groupReferenceTakesTheEarlierParties() {
    Coded c = Coded.of("The foreign ministers of Spain, Italy and Greece met in Rome. "
        + "The three countries agreed to share coast guard patrols.");
    Event e = c.trigger("agreed");
    assertEquals("ESP,GRC,ITA", Coded.countries(e.source()), c.describe());
  }

  @Test
  void aGroupOfAnotherSizeOrAPronounIsNoEarlierParty() {
    Coded c = Coded.of("The foreign ministers of Spain, Italy and Greece met in Rome.");
    var earlier = c.doc.events();
    assertEquals("ESP,GRC,ITA", Coded.countries(GroupReference.resolve(group("the three nations"), earlier)), c.describe());
    // a count no earlier event has, or a number the file does not spell, names other parties
    assertNull(GroupReference.resolve(group("seven nations"), earlier), c.describe());
    assertNull(GroupReference.resolve(group("54 nations"), earlier), c.describe());
    // "Ghana said it would join": the pronoun is Ghana again, not a second party
    Coded g = Coded.of("Ghana announced it planned to join the customs union.");
    assertNull(GroupReference.resolve(group("both countries"), g.doc.events()), g.describe());
  }

  private static org.dateline.model.Actor group(String text) {
    return new org.dateline.model.Actor(text, text, null, null, null, null);
  }

  @Test
  void sentenceWithoutPoliticalActorsHasNoEvent() {
    assertTrue(Coded.of("The weather was mild and the harvest was good.").doc.events().isEmpty());
  }

  @Test
  void evidencePointsAtTheWords() {
    Coded c = Coded.of("Germany criticized Hungary over its new media law.");
    Event e = c.trigger("criticized");
    assertEquals(e.evidence().text(), c.doc.text().substring(e.evidence().start(), e.evidence().end()));
    assertTrue(e.evidence().text().contains("Germany") && e.evidence().text().contains("Hungary"));
    assertNull(e.modality());
  }
}

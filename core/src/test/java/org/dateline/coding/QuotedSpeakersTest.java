package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Who a pronoun stands for: the speaker of a quotation, the last person named, the noun a relative clause describes. */
class QuotedSpeakersTest {
  @Test
  void firstPersonInAQuotationIsWhoSaidIt() {
    Coded c = Coded.of("\"We will urge the unions to end the strike,\" said Ghana's labour minister, Ama Boateng.");
    Event e = c.trigger("urge");
    assertEquals("GHA", Coded.countries(e.source()), c.describe());
  }

  @Test
  void aParagraphOfQuotationSpeaksForTheSpeakerOfTheParagraphBefore() {
    Coded c = Coded.of("Kenya's foreign minister Daniel Omondi spoke to reporters in Nairobi on Monday.\n\n"
        + "He said:\n\n\"I condemn the attack on our embassy in the strongest terms.\"");
    Event e = c.trigger("condemn");
    assertEquals("KEN", Coded.countries(e.source()), c.describe());
  }

  @Test
  void firstPersonOutsideQuotationsIsNoOneTheTextNames() {
    // the writer's own voice is no one the text names, and codes nothing (WritersVoice)
    Coded c = Coded.of("Ghana's labour minister met union leaders on Monday.\n\nI urge readers to be patient.");
    assertTrue(c.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("urge")), c.describe());
    assertEquals("GHA", Coded.countries(c.trigger("met").source()), c.describe());
  }

  @Test
  void heIsTheLastPersonNamedEvenOneTheKnowledgeFilesLack() {
    Coded c = Coded.of("President William Ruto of Kenya opened a hospital on Monday. Later, Peter Wanjiku of the "
        + "opposition spoke to reporters. He accused the police of brutality.");
    Event e = c.trigger("accused");
    assertEquals(1, e.source().size(), c.describe());
    assertTrue(e.source().get(0).name() == null || !e.source().get(0).name().contains("Ruto"), c.describe());
    assertTrue(e.source().get(0).code() == null || !e.source().get(0).code().endsWith("GOV"), c.describe());
  }

  @Test
  void aRelativePronounIsTheNounItsClauseDescribes() {
    Coded c = Coded.of("Nigerian senators who accused the army of abuses last week walked out of parliament on Monday.");
    Event e = c.trigger("accused");
    assertEquals("NGA", Coded.countries(e.source()), c.describe());
    assertEquals("LEG", e.source().get(0).sector(), c.describe());
  }

  @Test
  void peopleTheQuotedWordsSpeakOfAreNotWhoHeIs() {
    Coded c = Coded.of("Oduya Kiprono, Kenya's interior minister, spoke in Nairobi on Monday. \"Nobody should listen "
        + "to Wanjala Otieno on this,\" he said. He accused the opposition of spreading lies.");
    Event e = c.trigger("accused");
    assertEquals("GOV", e.source().get(0).sector(), c.describe());
  }

  @Test
  void heGoesOnBeingTheSubjectBeforeNotAPersonNamedInPassing() {
    Coded c = Coded.of("Oduya Kiprono, Kenya's interior minister, told reporters that Wanjala Otieno's speech had "
        + "put the country at risk. He then accused the opposition of spreading lies.");
    Event e = c.trigger("accused");
    assertEquals("GOV", e.source().get(0).sector(), c.describe());
  }

  @Test
  void aQuotationAfterAColonSpeaksForWhoeverSpokeOrTalked() {
    Coded c = Coded.of("Senator Rosa Delgado of Chile spoke to reporters after the vote: \"I urge the minister to resign.\"");
    Event e = c.trigger("urge");
    assertEquals("CHL", Coded.countries(e.source()), c.describe());
  }

  @Test
  void ourInAQuotationIsTheSpeaker() {
    Coded c = Coded.of("Ghana's foreign minister, Ama Boateng, said: \"Our deepest condolences go to the people of Togo.\"");
    Event e = c.trigger("condolences");
    assertEquals("GHA", Coded.countries(e.source()), c.describe());
  }

  @Test
  void aPoliceRankBeforeANameIsPolice() {
    Coded c = Coded.of("Chief Superintendent Tom Harley said, \"We arrested two men in Leeds on Sunday.\"");
    Event e = c.trigger("arrested");
    assertEquals("COP", e.source().get(0).sector(), c.describe());
  }
}

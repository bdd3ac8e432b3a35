package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Paragraphs in the writer's own voice (columns, readers' comments) tell no events; news does. */
class WritersVoiceTest {
  private static final String STORY = "Farmers' leader quits\n\n"
      + "The head of the Danish farmers' union resigned on Tuesday after a row over subsidies, officials said.\n\n";

  /** How many events have their words in the paragraph that starts with these words. */
  private static long eventsIn(Coded c, String paragraphStart) {
    String text = c.doc.text();
    int from = text.indexOf(paragraphStart);
    int to = text.indexOf('\n', from);
    int end = to < 0 ? text.length() : to;
    return c.doc.events().stream().filter(e -> e.evidence().start() >= from && e.evidence().start() < end).count();
  }

  @Test
  void readersCommentsUnderAStoryCodeNothing() {
    Coded c = Coded.of(STORY
        + "I think the government betrayed the farmers and I will never vote for them again.\n\n"
        + "Good riddance. The union should have sacked him years ago.\n\n"
        + "My family has farmed here for a century and I have never seen the ministry attack us like this.\n");
    assertTrue(eventsIn(c, "The head of") > 0, c.describe());
    assertEquals(0, eventsIn(c, "I think"), c.describe());
    assertEquals(0, eventsIn(c, "Good riddance"), "an unquoted comment amid others is a comment too: " + c.describe());
    assertEquals(0, eventsIn(c, "My family"), c.describe());
  }

  @Test
  void aQuotedIStaysNews() {
    Coded c = Coded.of(STORY
        + "The union's deputy spoke to reporters outside the ministry on Wednesday.\n\n"
        + "\"I condemn the minister for these cuts. \"I urge him to resign before the harvest.\n");
    assertTrue(eventsIn(c, "\"I condemn") > 0, c.describe());
  }

  @Test
  void wordsWhoseQuotationMarksWereLostStayTheSpeakers() {
    Coded c = Coded.of(STORY + "I condemn the minister for these cuts, the union's deputy told reporters on Wednesday.\n");
    assertTrue(eventsIn(c, "I condemn") > 0, c.describe());
  }

  @Test
  void aTitleWithIInItIsNoWritersVoice() {
    Coded c = Coded.of(STORY + "The presenter of Have I Got News for You criticised the minister on Friday.\n");
    assertTrue(eventsIn(c, "The presenter") > 0, c.describe());
  }
}

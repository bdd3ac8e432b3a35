package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A poll's answers and findings are opinion, not acts; shares of a party or a cabinet still act. */
class PollsTest {
  @Test
  void aShareInPercentIsAPollsAnswer() {
    Coded c = Coded.of("Asked about the dispute, 38% backed the mayor's court action and 12% supported the union.", "2005-03-01");
    assertTrue(c.root("05").isEmpty(), c.describe());
  }

  @Test
  void aFractionNearAPollIsAnAnswerAndWhatItWantsIsNoAct() {
    Coded c = Coded.of("Half of Germans want the government to ban the party, the survey suggests.", "2005-03-01");
    assertTrue(c.root("10").isEmpty(), c.describe());
    assertTrue(c.root("17").isEmpty(), "the ban they want is no ban imposed: " + c.describe());
  }

  @Test
  void whatAPollFoundIsNoAct() {
    Coded c = Coded.of("A second poll found that support for all the parties remained largely unchanged after the row.", "2005-03-01");
    assertTrue(c.root("05").isEmpty(), c.describe());
  }

  @Test
  void aShareOfACabinetWithNoPollStillActs() {
    Coded c = Coded.of("Half of the Estonian cabinet backed the prime minister's plan on Monday.", "2005-03-01");
    assertEquals(1, c.root("05").size(), c.describe());
  }
}

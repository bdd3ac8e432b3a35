package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Courts, offices and inquiries, coded by the CAMEO codebook's definitions. */
class LegalActsTest {
  @Test
  void aCourtThatConvictsFindsGuilty() {
    Coded c = Coded.of("A court in Lahore convicted the former Pakistani interior minister of graft on Tuesday.");
    assertEquals("116", c.trigger("convicted").cameo(), c.describe());
  }

  @Test
  void aLeaderWhoStepsDownOrAnnouncesResignationYields() {
    Coded c = Coded.of("The Peruvian prime minister stepped down on Friday after weeks of protests.");
    assertEquals("0831", c.trigger("stepped").cameo(), c.describe());
    Coded d = Coded.of("The governor of Oaxaca announced his resignation on Sunday.");
    assertEquals("0831", d.root("08").get(0).cameo(), d.describe());
  }

  @Test
  void legalisingEasesRestrictions() {
    Coded c = Coded.of("The parliament of Uruguay legalised the sale of cannabis on Tuesday.");
    assertEquals("081", c.trigger("legalised").cameo(), c.describe());
  }

  @Test
  void anInquiryIsAnInvestigation() {
    Coded c = Coded.of("The Indonesian parliament launched an inquiry into the ferry sinking on Monday.");
    assertEquals("09", c.root("09").get(0).cameo().substring(0, 2), c.describe());
  }
}

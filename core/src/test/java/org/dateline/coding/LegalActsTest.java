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

  @Test
  void aChargeWithACrimeIsLegalActionAChargeInWordsAnAccusation() {
    Coded c = Coded.of("Prosecutors in Quito charged the former energy minister with bribery on Monday.");
    assertEquals("173", c.trigger("charged").cameo(), c.describe());
    Coded d = Coded.of("The deputy mayor of Cusco was charged with fraud on Monday.");
    assertEquals("173", d.trigger("charged").cameo(), d.describe());
    Coded e = Coded.of("An Ecuadorian rights group charged on Monday that soldiers had beaten detainees.");
    assertEquals("1121", e.trigger("charged").cameo(), e.describe());
  }

  @Test
  void anImpeachmentChargesTheOfficeHolderAnImpeachmentInquiryInvestigates() {
    Coded c = Coded.of("The lower house of the Peruvian congress impeached the president on Tuesday.");
    assertEquals("173", c.trigger("impeached").cameo(), c.describe());
    assertEquals("LEG", c.trigger("impeached").source().get(0).sector(), c.describe());
    Coded d = Coded.of("Peruvian lawmakers opened an impeachment inquiry into the governor of Lima on Tuesday.");
    assertEquals("090", d.trigger("inquiry").cameo(), d.describe());
  }

  @Test
  void takingTheOathOfOfficeIsNoEvent() {
    Coded c = Coded.of("Chile's new president was sworn in at a ceremony in Valparaiso on Friday.");
    assertEquals(true, c.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("sworn")), c.describe());
    // a vow is still one (here of a strike: a threat of protest)
    Coded d = Coded.of("Chilean miners swore to continue their strike until wages rise.");
    assertEquals("133", d.trigger("swore").cameo(), d.describe());
  }
}

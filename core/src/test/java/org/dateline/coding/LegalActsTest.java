package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Courts, offices and inquiries, coded by the CAMEO codebook's definitions. */
class LegalActsTest {
  @Test
  void aCourtThatConvictsFindsGuilty() {
    assertCode("116", "A court in Lahore convicted the former Pakistani interior minister of graft on Tuesday.", "convicted");
  }

  @Test
  void aLeaderWhoStepsDownOrAnnouncesResignationYields() {
    assertCode("0831", "The Peruvian prime minister stepped down on Friday after weeks of protests.", "stepped");
    Coded d = Coded.of("The governor of Oaxaca announced his resignation on Sunday.");
    assertEquals("0831", d.root("08").get(0).cameo(), d.describe());
  }

  @Test
  void aLeaderWhoStandsDownOrAsideYields() {
    assertCode("0831", "The Latvian prime minister stood down on Friday after the budget vote.", "stood");
    assertCode("0831", "The party's chairman stepped aside after the defeat in the regional election.", "stepped");
    // standing guard or by a decision is no resignation
    Coded c = Coded.of("Latvian troops stood guard outside the parliament in Riga.");
    assertTrue(c.root("08").isEmpty(), c.describe());
  }

  @Test
  void aLegalChallengeOrTakingToCourtIsALawsuit() {
    assertCode("115", "Irish farmers have launched a legal challenge in the High Court against the government's ban.", "challenge");
    assertCode("115", "The Hungarian opposition took the government to court over the election results.", "took");
    assertCode("115", "The Spanish dockers' union began legal action against the labour ministry.", "action");
    // a challenge for the leadership, or taking someone to a hospital, is no lawsuit
    Coded c = Coded.of("The Irish finance minister faced a challenge for the party leadership.");
    assertTrue(c.root("11").isEmpty(), c.describe());
    Coded d = Coded.of("Irish soldiers took the wounded to hospital in Cork.");
    assertTrue(d.root("11").isEmpty(), d.describe());
  }

  @Test
  void legalisingEasesRestrictions() {
    assertCode("081", "The parliament of Uruguay legalised the sale of cannabis on Tuesday.", "legalised");
  }

  @Test
  void anInquiryIsAnInvestigation() {
    Coded c = Coded.of("The Indonesian parliament launched an inquiry into the ferry sinking on Monday.");
    assertEquals("09", c.root("09").get(0).cameo().substring(0, 2), c.describe());
  }

  @Test
  void aChargeWithACrimeIsLegalActionAChargeInWordsAnAccusation() {
    assertCode("173", "Prosecutors in Quito charged the former energy minister with bribery on Monday.", "charged");
    assertCode("173", "The deputy mayor of Cusco was charged with fraud on Monday.", "charged");
    assertCode("1121", "An Ecuadorian rights group charged on Monday that soldiers had beaten detainees.", "charged");
  }

  @Test
  void theChargeIsFoundWhereTheParserHangsItOnAnEarlierPhrase() {
    // "with murder" is parsed as a modifier of "the attack", not of "charged"
    assertCode("173", "Prosecutors charged the gunman in the attack with murder on Sunday.", "charged");
  }

  @Test
  void anImpeachmentChargesTheOfficeHolderAnImpeachmentInquiryInvestigates() {
    Coded c = Coded.of("The lower house of the Peruvian congress impeached the president on Tuesday.");
    assertEquals("173", c.trigger("impeached").cameo(), c.describe());
    assertEquals("LEG", c.trigger("impeached").source().get(0).sector(), c.describe());
    assertCode("090", "Peruvian lawmakers opened an impeachment inquiry into the governor of Lima on Tuesday.", "inquiry");
  }

  @Test
  void takingTheOathOfOfficeIsNoEvent() {
    Coded c = Coded.of("Chile's new president was sworn in at a ceremony in Valparaiso on Friday.");
    assertEquals(true, c.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("sworn")), c.describe());
    // a vow is still one (here of a strike: a threat of protest)
    assertCode("133", "Chilean miners swore to continue their strike until wages rise.", "swore");
  }

  @Test
  void aVerdictFindsGuiltyOrLiableFindingAThingIsNoEvent() {
    Coded c = Coded.of("A court in Accra found the former Ghanaian energy minister guilty of fraud on Monday.");
    assertEquals("116", c.trigger("found").cameo(), c.describe());
    // a former minister is one of the country's elites (former.tsv), no longer its government
    assertEquals("ELI", c.trigger("found").target().get(0).sector(), c.describe());
    assertEquals("GHA", c.trigger("found").target().get(0).country(), c.describe());
    assertCode("116", "Ghana's Supreme Court found the new election law unconstitutional on Monday.", "found");
    Coded d = Coded.of("Ghanaian investigators found the missing boat near Accra on Monday.");
    assertEquals(true, d.doc.events().stream().noneMatch(e -> e.evidence().trigger().equals("found")), d.describe());
  }

  @Test
  void bailDeniedKeepsTheAccusedDetained() {
    assertCode("173", "A court in Accra denied bail to the Ghanaian opposition leader on Monday.", "denied");
    // denying a charge is a denial
    assertCode("016", "The Ghanaian opposition leader denied the charges on Monday.", "denied");
  }

  @Test
  void aFineIsAnAdministrativeSanctionAFineDayIsNot() {
    assertCode("172", "A court in Lyon fined the French energy company two million euros on Tuesday.", "fined");
    assertCode("172", "The Dutch regulator imposed a fine on the bank for breaking lending rules.", "imposed");
    assertCode("172", "The former mayor of Split was given a fine of 5,000 euros.", "given");
    Coded c = Coded.of("The Croatian prime minister said on Tuesday the talks had gone fine.");
    assertEquals(0, c.doc.events().stream().filter(e -> e.cameo().startsWith("17")).count(), c.describe());
    Coded football = Coded.of("The referee gave a penalty to the Croatian side.");
    assertEquals(0, football.doc.events().stream().filter(e -> e.cameo().startsWith("17")).count(), football.describe());
  }

  @Test
  void filingALawsuitBringsOneAFiledTaxReturnDoesNot() {
    assertCode("115", "The Kenyan opposition party filed a lawsuit against the electoral commission on Monday.", "filed");
    Coded c = Coded.of("The Kenyan finance minister filed his tax return on Monday.");
    assertEquals(0, c.doc.events().size(), c.describe());
  }

  @Test
  void anInspectionIsAnInvestigation() {
    assertCode("090", "UN inspectors inspected the Iranian nuclear plant at Natanz on Tuesday.", "inspected");
  }

  private static void assertCode(String code, String text, String trigger) {
    Coded c = Coded.of(text);
    assertEquals(code, c.trigger(trigger).cameo(), c.describe());
  }
  @Test
  void theCrimeALegalActNamesIsNoNewViolence() {
    Coded c = Coded.of("Police in Lyon arrested a 30-year-old man on suspicion of murder on Tuesday.");
    assertEquals("173", c.trigger("arrested").cameo(), c.describe());
    assertTrue(c.root("18").isEmpty(), c.describe());
    Coded d = Coded.of("A charge of attempted murder against the Lyon gunman carries a life sentence.");
    assertTrue(d.root("18").isEmpty(), d.describe());
    Coded e = Coded.of("A French court convicted the former mayor of assault on Monday.");
    assertTrue(e.root("18").isEmpty(), e.describe());
  }

  @Test
  void theCrimeOfAnAcquittalOrASentenceIsNoNewViolence() {
    Coded c = Coded.of("A court in Lyon acquitted the police officer of assault on Monday.");
    assertTrue(c.root("19").isEmpty() && c.root("18").isEmpty(), c.describe());
    Coded d = Coded.of("A jury in Lyon cleared the two soldiers of murder on Friday.");
    assertTrue(d.root("18").isEmpty(), d.describe());
    Coded e = Coded.of("The Lyon singer was jailed for the killing of his manager.");
    assertTrue(e.root("18").isEmpty(), e.describe());
    assertEquals("173", e.trigger("jailed").cameo(), e.describe());
  }

  @Test
  void violenceBesideALegalActStaysNews() {
    Coded c = Coded.of("Gunmen killed four police officers in Lyon, and the police arrested two suspects.");
    assertEquals("18", c.trigger("killed").cameo().substring(0, 2), c.describe());
    assertEquals("173", c.trigger("arrested").cameo(), c.describe());
  }
}

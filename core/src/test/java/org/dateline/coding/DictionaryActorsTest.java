package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.resolve.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's actor dictionary against the built-in knowledge: its codes win for the names it
 * gives, change with the date, and may name several actors at once. Written for these tests.
 */
class DictionaryActorsTest {
  @TempDir
  static Path dir;

  private static Knowledge kb;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(dir.resolve("test.actors.txt"), """
        NORWAY
        \t[NRX <19050607]
        \t[NRW]
        SWEDEN [SWD]
        THE_NORDIC_PAIR [DNX/FIX]
        OLAV_KNUTSEN [NRW] # coded with a country alone
        KING_OF_THE_SOUTH_FJORDS [SFJ]
        ARNE_FJELL [NRW] # a default that dates below replace
        \t[NRWMIL 20200101-20251231]
        \t[NRWGOV 20210101-20210630] # inside the wider term: the more specific fact
        """);
    Files.writeString(dir.resolve("test.verbs.txt"), """
        --- CRITICIZE [111] ---
        CRITICIZE

        --- VOW [170] ---
        VOW
        - * WAR [173]

        --- ACT [100] ---
        ACT
        - HINTED SHOULD * [1011]
        """);
    kb = Knowledge.withDictionaries(List.of(dir));
  }

  private static String code(String text, String date) {
    return ActorCodes.events(kb, text, date);
  }

  @Test
  void theDictionaryCodeOfACountryNameWinsOverTheBuiltInOne() {
    assertEquals("111 NRW->SWD", code("Norway criticized Sweden.", "2024-03-12"));
  }

  @Test
  void countryCodesChangeWithTheDate() {
    assertEquals("111 NRX->SWD", code("Norway criticized Sweden.", "1900-03-12"));
  }

  @Test
  void oneNameForSeveralActors() {
    assertEquals("111 DNX,FIX->SWD", code("The Nordic Pair criticized Sweden.", "2024-03-12"));
  }

  @Test
  void theNarrowestDatedTermWins() {
    assertEquals("111 NRWGOV->SWD", code("Arne Fjell criticized Sweden.", "2021-03-01"));
    assertEquals("111 NRWMIL->SWD", code("Arne Fjell criticized Sweden.", "2022-03-01"));
    assertEquals("111 NRW->SWD", code("Arne Fjell criticized Sweden.", "2027-03-01"));
  }

  @Test
  void aTitleBeforeANameCodedWithACountryMakesARoleHolder() {
    assertEquals("111 SWDGOV->NRW", code("Sweden Prime Minister Olav Knutsen criticized Norway.", "2024-03-12"));
  }

  @Test
  void conjunctRolesShareTheirCountries() {
    assertEquals("111 NRWGOV,NRWLEG,SWDGOV,SWDLEG->NRW",
        code("Lawmakers and officials in Sweden and Norway criticized Norway.", "2024-03-12"));
  }

  @Test
  void aCountryOnAModifierOfTheRolePhrase() {
    assertEquals("111 SWDGOV->NRW", code("Sweden security officials criticized Norway.", "2024-03-12"));
  }

  @Test
  void anUnderscoreInTheTextJoinsWordsAsInTheDictionary() {
    assertEquals("111 SWD->SFJ", code("Sweden criticized the King of the South_Fjords.", "2024-03-12"));
  }

  @Test
  void theTargetOfAPurposeClauseParsedWithTwoMarks() {
    // parsed with "wage" as an adverbial clause marked "on" and "to"
    assertEquals("173 SWDMIL->NRW", code("Sweden's army vowed on Thursday to wage war on Norway.", "2024-03-12"));
  }

  @Test
  void aSourceBeforeTheVerbWhenTheParseGivesNoSubject() {
    // parsed with "hinted" as the subject clause of "acted"
    // (the riots are an event of their own, by unnamed protesters)
    String coded = code("Sweden hinted it should have acted against Norway almost a year after the riots.", "2024-03-12");
    assertTrue(coded.startsWith("1011 SWD->NRW"), coded);
  }
}

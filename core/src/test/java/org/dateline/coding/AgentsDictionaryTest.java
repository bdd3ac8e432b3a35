package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.resolve.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's agents dictionary (role nouns to codes) on Dateline's own parse: a dictionary and
 * sentences written for these tests, with codes the built-in sectors never give.
 */
class AgentsDictionaryTest {
  @TempDir
  static Path dir;

  private static Knowledge kb;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(dir.resolve("test.agents.txt"), """
        <!-- agents written for this test -->
        !CREW! = SAILOR, SAILORS, CAPTAIN
        HARBOUR_MASTER [~PRT] # a suffix code longer than a sector
        FISHERY_INSPECTOR [~GOVFSH]
        CHARITY_WORKER [AID~] # a prefix code
        WHALE_!CREW! {} [~WHL]
        OPPOSITION_GROUP [~OPP]
        MAIN_OPPOSITION_GROUP [~MOP]
        SEA_SERPENT {SEA_SERPENTII} [~SRP]
        PILOT {} [~PLT] # no plural
        BOARD_OF_FISHERIES [~FSH] # a role phrase that goes on past its head
        WAVEAID {} [AID~] # a one-word prefix agent
        DIPLOMAT [~GOV]
        ZEALOT [~ZEA]
        PRESS {} [~PRS]
        CLERIC [~CLR]
        """);
    Files.writeString(dir.resolve("test.actors.txt"), """
        FJORDWATCH [NGOFJW]
        PORTWATCH [NGOPRT]
        """);
    Files.writeString(dir.resolve("test.verbs.txt"), """
        --- CRITICIZE [111] ---
        CRITICIZE
        """);
    kb = Knowledge.withDictionaries(List.of(dir));
  }

  private static String code(String text) {
    return ActorCodes.events(kb, text, "2024-03-12");
  }

  @Test
  void suffixCodesFollowTheCountry() {
    assertEquals("111 NOR->SWEPRT", code("Norway criticized the Swedish harbour masters."));
    assertEquals("111 NORGOVFSH->SWE", code("Norwegian fishery inspectors criticized Sweden."));
  }

  @Test
  void prefixCodesGoBeforeTheCountry() {
    assertEquals("111 AIDNOR->SWE", code("Norwegian charity workers criticized Sweden."));
  }

  @Test
  void wordSetsAndGivenPlurals() {
    assertEquals("111 NORWHL->SWE", code("Norwegian whale sailors criticized Sweden."));
    assertEquals("111 NORSRP->SWE", code("Norwegian sea serpentii criticized Sweden."));
  }

  @Test
  void theLongestRolePhraseWins() {
    assertEquals("111 NOR->SWEMOP", code("Norway criticized Sweden's main opposition group."));
    assertEquals("111 NOR->SWEOPP", code("Norway criticized Sweden's opposition group."));
  }

  @Test
  void wordsTheDictionaryDoesNotDefineAreNoAgents() {
    // "mayor" and "leaders" are GOV by the built-in sectors; this dictionary does not define them
    assertEquals("111 SWE->NOR", code("The Swedish mayor criticized Norway."));
    assertEquals("111 NOR->SWE", code("Norway criticized Swedish leaders."));
  }

  @Test
  void noPluralWhereTheDictionarySaysNone() {
    assertEquals("111 NOR->SWEPLT", code("Norway criticized a Swedish pilot."));
    assertEquals("111 NOR->SWE", code("Norway criticized the Swedish pilots."));
  }

  @Test
  void rolePhrasesWithOf() {
    assertEquals("111 SWEFSH->NOR", code("The Swedish Board of Fisheries criticized Norway."));
  }

  @Test
  void agentsOnOneRolePhraseCombineInTheOrderOfTheWords() {
    assertEquals("111 AIDSWEGOV->NOR", code("A WaveAid Swedish diplomat criticized Norway."));
    assertEquals("111 SWEZEAPRS->NOR", code("The Swedish zealot press criticized Norway."));
  }

  @Test
  void anAgentOfABodyAddsToItsCodeUnlessItEndsWithIt() {
    assertEquals("111 NGOFJWPRT->NOR", code("Fjordwatch harbour masters criticized Norway."));
    assertEquals("111 NGOPRT->NOR", code("Portwatch harbour masters criticized Norway."));
  }

  @Test
  void anAgentWordInASubjectPhraseCodesTheSubject() {
    // "newsletter" is no agent; the zealot words in the phrase say whose it is, as PETRARCH reads them
    assertEquals("111 ZEA->NOR", code("The zealot newsletter criticized Norway."));
    assertEquals("111 SWEZEA->NOR", code("The zealot newsletter of Sweden criticized Norway."));
  }

  @Test
  void aRoleNounTheNerTaggedStaysARole() {
    // CoreNLP tags "Clerics" (MISC) at the start of a sentence without naming anyone the knowledge knows
    assertEquals("111 CLR,ZEA->NOR,SWE", code("Clerics and zealots criticized Norway and Sweden."));
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.resolve.Knowledge;
import org.dateline.testing.Models;
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

  private static EventCoder coder;

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
        """);
    Files.writeString(dir.resolve("test.verbs.txt"), """
        --- CRITICIZE [111] ---
        CRITICIZE
        """);
    coder = new EventCoder(Codebook.cameo(), Knowledge.withDictionaries(List.of(dir)));
  }

  private static String code(String text) {
    Article a = new Article("t", LocalDate.of(2024, 3, 12), null, null, null, text, 0, null, null, "test");
    Document doc = Models.pipeline().process(a);
    doc.events().clear();
    coder.code(doc);
    return doc.events().stream().map(e -> e.cameo() + " " + codes(e.source()) + "->" + codes(e.target()))
        .sorted().collect(Collectors.joining("; "));
  }

  private static String codes(List<Actor> actors) {
    return actors.stream().map(a -> String.valueOf(a.code())).sorted().collect(Collectors.joining(","));
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
}

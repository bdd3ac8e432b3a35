package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem in a PETRARCH-format file given with --dict is named as "FILE:LINE: problem"; the rest is read. */
class DictionaryProblemsTest {
  @TempDir Path dir;

  @Test
  void eachProblemNamesItsFileAndLine() throws Exception {
    Path actors = Files.writeString(dir.resolve("test.actors.txt"), """
        GONDOR_ [GON]
        +MINAS_TIRITH_
        ARNOR_ [ARN 9912xx-000101]
        ROHAN_ [ROH
        _ [DAL]
        DALE_ [DAL]
        """);
    Path agents = Files.writeString(dir.resolve("test.agents.txt"), """
        STEWARD_ [~GOV]
        THIS LINE IS NO ENTRY
        RANGER_ [~MIL]
        """);
    Path verbs = Files.writeString(dir.resolve("test.verbs.txt"), """
        --- VISIT [042] ---
        VISIT
        - * TALKS [1:2:3]
        - * & [043]
        """);
    // a Latin-1 byte in a discards file used to fail the whole --dict without naming a line
    Path discards = dir.resolve("test.discards.txt");
    Files.write(discards, "+CAF\u00c9 SOCIETY\nGOLF_CHAMPIONSHIP\n".getBytes(StandardCharsets.ISO_8859_1));
    Knowledge k = Knowledge.withDictionaries(List.of(dir));
    List<String> p = k.dictionaryProblems();
    assertTrue(p.contains(actors + ":3: dates '9912xx-000101' of [ARN] are not >YYMMDD, <YYMMDD or YYMMDD-YYMMDD "
        + "(code read undated)"), p.toString());
    assertTrue(p.contains(actors + ":4: unbalanced '[' and ']' in: ROHAN_ [ROH"), p.toString());
    assertTrue(p.contains(actors + ":5: an entry without a name (skipped)"), p.toString());
    assertTrue(p.contains(agents + ":2: not an agent entry 'NAME [CODE]' or a set '!NAME! = WORDS': THIS LINE IS NO ENTRY"),
        p.toString());
    assertTrue(p.stream().anyMatch(w -> w.startsWith(verbs + ":3: bad code [1:2:3]")), p.toString());
    assertTrue(p.stream().anyMatch(w -> w.startsWith(verbs + ":4: ")), p.toString());
    assertEquals(6, p.size(), p.toString());
    assertEquals(2, k.discards().size());
  }

  @Test
  void thePhoenixSetReadsWithEveryProblemNamed() throws Exception {
    Path phoenix = Shared.require("reference/phoenix");
    Knowledge k = Knowledge.withDictionaries(List.of(phoenix));
    for (String w : k.dictionaryProblems()) {
      assertTrue(w.matches("(?s)" + java.util.regex.Pattern.quote(phoenix.toString()) + "/[^:]+:\\d+: .+"), w);
    }
  }
}

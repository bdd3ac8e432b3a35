package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dateline.fuzz.FuzzTally;
import org.dateline.fuzz.HostileInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fuzz harness through the real pipeline (CoreNLP), at a small n; docs/RELIABILITY.md has the large runs. */
class FuzzCommandTest {
  @TempDir Path dir;

  @Test
  void everyKindOfHostileInputIsCodedOrFailedWithAReason() {
    // One input of each kind, the 200,000 characters without a full stop among them. That one takes
    // about 35 s on an idle machine, more on a busy one: the budget is wide so that only a true
    // stall counts here (BatchFailuresTest tests the budget itself).
    int n = HostileInputs.Kind.values().length;
    var r = CodeCommandTest.run("fuzz", "--n", String.valueOf(n), "--seed", "11", "--doc-timeout", "600",
        "--error-log", dir.resolve("e.log").toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("crashes 0, stalls 0, inputs lost 0"), r.out());
    assertTrue(r.out().contains("unexpected exceptions caught per input (failed, stack logged): 0"), r.out());
    for (HostileInputs.Kind k : HostileInputs.Kind.values()) {
      assertTrue(r.out().contains(k.name().toLowerCase(java.util.Locale.ROOT)), k + " missing from\n" + r.out());
    }
    assertFalse(Files.exists(dir.resolve("e.log")), "no stack was logged");
  }

  @Test
  void readingStageAtALargerN() {
    var r = CodeCommandTest.run("fuzz", "--n", "340", "--seed", "5", "--stage", "read");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("fuzz: 340 inputs") && r.out().contains("crashes 0, stalls 0, inputs lost 0"), r.out());
  }

  @Test
  void theSameSeedGivesTheSameInputs() {
    HostileInputs a = new HostileInputs(42, FuzzTally.ownArticles());
    HostileInputs b = new HostileInputs(42, FuzzTally.ownArticles());
    HostileInputs c = new HostileInputs(43, FuzzTally.ownArticles());
    int differ = 0;
    for (int i = 0; i < 40; i++) {
      assertArrayEquals(a.input(i).bytes(), b.input(i).bytes());
      assertEquals(a.input(i).kind(), HostileInputs.Kind.values()[i % HostileInputs.Kind.values().length]);
      if (!Arrays.equals(a.input(i).bytes(), c.input(i).bytes())) differ++;
    }
    assertTrue(differ > 20, "another seed gives other inputs");
  }

  @Test
  void aLongSentenceIsParsedInPartsAndTheRecordSaysSo() throws Exception {
    StringBuilder sb = new StringBuilder(" date 2025-02-03 (Fuzz Wire) -- ");
    List<String> words = List.of("Kenya", "and", "Uganda", "signed", "a", "deal", "in", "Kampala", "on", "Monday");
    for (int i = 0; i < 30; i++) sb.append(String.join(" ", words)).append(i % 5 == 4 ? ", " : " and ");
    sb.append("police detained " + "z".repeat(300) + " protesters.");
    Path f = Files.writeString(dir.resolve("long.txt"), sb.toString());
    var r = CodeCommandTest.run("code", "-q", f.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode rec = new ObjectMapper().readTree(r.out().strip());
    String notes = rec.get("notes").toString();
    assertTrue(notes.matches(".*a sentence of 3\\d\\d tokens was cut into 3 parts of at most 120 tokens.*"), notes);
    assertTrue(notes.contains("1 token longer than 100 characters"), notes);
    assertTrue(rec.get("entities").size() > 0, "the parts are still analysed: " + rec);
  }
}

package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, messages, output. */
class CodeCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void badFilesAreNamedAndTheRestIsCoded() throws Exception {
    Path bin = dir.resolve("bin.dat");
    Files.write(bin, new byte[] {1, 2, 0, 0, 5, 6, 7, (byte) 0x9c});
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path good = Files.writeString(dir.resolve("good.txt"),
        " date 2024-04-02 (Dateline Wire) -- Chile and Argentina signed a trade agreement in Santiago on Tuesday.");
    Run r = run("code", "-q", bin.toString(), empty.toString(), good.toString());
    assertEquals(1, r.exit(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(1, lines.length, r.out());
    JsonNode rec = new ObjectMapper().readTree(lines[0]);
    assertEquals("2024-04-02", rec.get("date").asText());
    assertTrue(r.err().contains(bin.toString()) && r.err().contains("binary"), r.err());
    assertTrue(r.err().contains(empty.toString()) && r.err().contains("empty"), r.err());
    assertTrue(r.err().contains("coded 1 document, 2 failed"), r.err());
  }

  @Test
  void brokenJsonLineIsReportedWithItsNumber() throws Exception {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"),
        "{\"id\":\"a\",\"date\":\"2024-01-05\",\"text\":\"Kenya hosted talks with Ethiopia in Nairobi.\"}\n"
            + "{\"id\":\"b\",\"date\":\n");
    Run r = run("code", "-q", feed.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("feed.jsonl:2") && r.err().contains("line 2"), r.err());
    assertEquals(1, r.out().strip().split("\n").length);
  }

  @Test
  void allGoodExitsZeroAndWritesOutFile() throws Exception {
    Path good = Files.writeString(dir.resolve("plain.txt"), "Police arrested three protesters in Lima.");
    Path out = dir.resolve("out.jsonl");
    Run r = run("code", "-q", "--date", "2024-06-01", "--source", "Desk", "--out", out.toString(), good.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode rec = new ObjectMapper().readTree(Files.readString(out).strip());
    assertEquals("Desk", rec.get("source").asText());
    assertEquals("2024-06-01", rec.get("date").asText());
  }

  @Test
  void badUsageExitsTwo() {
    assertEquals(2, run("code").exit());
    assertEquals(2, run("code", "--threads", "0", "x.txt").exit());
    assertEquals(2, run("code", "--date", "26/11/2023", "x.txt").exit());
    assertEquals(2, run("frobnicate").exit());
  }

  @Test
  void helpOnEveryCommand() {
    Run top = run("--help");
    assertEquals(0, top.exit());
    assertTrue(top.out().contains("code"));
    Run code = run("code", "--help");
    assertEquals(0, code.exit());
    assertTrue(code.out().contains("--threads") && code.out().contains("--max-bytes"));
  }
}

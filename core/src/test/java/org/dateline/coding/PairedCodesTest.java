package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.coding.petrarch.PetrarchConfig;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.resolve.Knowledge;
import org.dateline.testing.Models;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codes with an empty side, as Phoenix writes "[:100]" for "faces pressure": the empty side used
 * to reach the coder as an empty code and fail with "begin 0, end 2, length 0" (guards in the
 * coder hid it since 549a98a; the reader now gives "---:100", see VerbDictionaryReaderTest). The
 * sentences of issue 16 and others of their kind code with the Phoenix set without an exception,
 * and a problem met while coding names the document and the dictionary entry.
 */
class PairedCodesTest {
  private static final List<String> SENTENCES = List.of(
      "The president faces pressure from parliament to help the neighbouring country.",
      "The minister faced calls from the opposition to resign.",
      "Pressure faced by the government grew after the strike.",
      "The army faces pressure.",
      "Norway faces a split with Sweden over fishing rights.");

  @TempDir
  Path dir;

  private String code(EventCoder coder, String text, PetrarchConfig options) {
    Article a = new Article("paired-1", LocalDate.of(2024, 3, 12), null, null, null, text, 0, null, null, "test");
    Document doc = Models.pipeline().process(a);
    doc.events().clear();
    coder.code(doc, options);
    return doc.events().stream().map(e -> e.cameo() + " " + Coded.countries(e.source()) + "->"
        + Coded.countries(e.target())).sorted().collect(Collectors.joining("; "));
  }

  private EventCoder coder(String dictionary) throws IOException {
    Path f = dir.resolve("paired.verbs.txt");
    Files.writeString(f, dictionary);
    return new EventCoder(Codebook.cameo(), Knowledge.withDictionaries(List.of(f)));
  }

  @Test
  void anEmptyForwardSideCodesOnlyTheWayBack() throws IOException {
    EventCoder coder = coder("""
        --- FACE [---] ---
        FACE
        - * PRESSURE [:100]
        - * CALLS [:020]
        - * SPLIT [034:]
        """);
    PetrarchConfig oneSide = PetrarchConfig.DEFAULT.with("require_dyad", "False");
    for (String s : SENTENCES) {
      assertDoesNotThrow(() -> code(coder, s, PetrarchConfig.DEFAULT), s);
      assertDoesNotThrow(() -> code(coder, s, oneSide), s);
    }
    String coded = code(coder, "Norway faces pressure from Sweden.", PetrarchConfig.DEFAULT);
    // only the way back: Sweden presses Norway; nothing coded from Norway to Sweden, no empty code
    assertFalse(coded.contains("NOR->SWE"), coded);
    assertTrue(coded.startsWith("100 SWE->NOR"), coded);
    assertEquals("034 NOR->SWE", code(coder, "Norway faces a split with Sweden.", PetrarchConfig.DEFAULT));
  }

  @Test
  void thePhoenixSetCodesTheSentencesOfTheIssue() throws IOException {
    Path phoenix = Shared.require("reference/phoenix");
    EventCoder coder = new EventCoder(Codebook.cameo(), Knowledge.withDictionaries(List.of(phoenix)));
    PetrarchConfig oneSide = PetrarchConfig.DEFAULT.with("require_dyad", "False");
    for (String s : SENTENCES) {
      String both = assertDoesNotThrow(() -> code(coder, s, PetrarchConfig.DEFAULT), s);
      String one = assertDoesNotThrow(() -> code(coder, s, oneSide), s);
      assertFalse((both + "; " + one).matches("(?s)(.*; )? .*"), s + ": an event without a code");
    }
    assertTrue(code(coder, SENTENCES.get(0), PetrarchConfig.DEFAULT).startsWith("100"));
  }

  @Test
  void aProblemWhileCodingNamesTheDocumentAndTheEntry() throws IOException {
    Path f = dir.resolve("named.verbs.txt");
    Files.writeString(f, """
        --- FACE [---] ---
        FACE
        - * PRESSURE [:100]
        """);
    var dictionary = org.dateline.coding.petrarch.VerbDictionary.read(f);
    var form = dictionary.forms("FACES", "face").get(0);
    var pattern = form.family().patterns().get(0);
    var match = new org.dateline.coding.petrarch.PatternMatcher.Match(form, pattern, pattern.code(), 2, 2, -1, -1, -1);
    Article a = new Article("wire-7", LocalDate.of(2024, 3, 12), null, null, null, "The president faces pressure.", 0,
        null, null, "test");
    var verb = new org.dateline.model.Token(2, "faces", "face", "VBZ", "O", 14, 19, -1, "root");
    String message = EventCoder.entryProblem(new Document(a), verb, match, new StringIndexOutOfBoundsException(
        "begin 0, end 2, length 0"));
    assertEquals("document wire-7: dictionary entry " + f + ":3 (pattern of FACE) on \"faces\": "
        + "StringIndexOutOfBoundsException: begin 0, end 2, length 0", message);
  }
}

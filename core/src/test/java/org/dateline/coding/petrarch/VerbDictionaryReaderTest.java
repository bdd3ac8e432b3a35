package org.dateline.coding.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on small dictionaries written for these tests. */
class VerbDictionaryReaderTest {
  @TempDir
  Path dir;

  private VerbDictionary read(String text) throws IOException {
    Path f = dir.resolve("test.verbs.txt");
    Files.writeString(f, text);
    return VerbDictionary.read(f);
  }

  private static VerbFamily family(VerbDictionary d, String name) {
    return d.families().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void nestedSynsetsExpandToTheirMembers() throws IOException {
    VerbDictionary d = read("""
        &GRAIN
        +WHEAT
        +PEARL BARLEY

        &CROP_    # a trailing '_' is part of no name
        +&GRAIN
        +SUGAR_BEET

        --- SOW [057] ---
        SOW
        - * &CROP FIELDS [058]
        """);
    VerbPattern p = family(d, "SOW").patterns().get(0);
    PatternElement crop = p.after().get(0);
    assertEquals(PatternElement.Kind.SYNSET, crop.kind());
    assertEquals(List.of(List.of("WHEAT"), List.of("PEARL", "BARLEY"), List.of("SUGAR", "BEET")), crop.phrases());
    assertEquals("058", p.code());
  }

  @Test
  void familiesHaveFormsWithOwnCodesAndMultiWordVerbs() throws IOException {
    VerbDictionary d = read("""
        --- SOW  [057]  ---
        SOW {SOWN SOWED}
        RESEED [059]
        +HAND_OUT {+HANDED_OUT}
        SEED_+DRILL
        """);
    VerbFamily sow = family(d, "SOW");
    assertEquals("057", sow.code());
    VerbForm sown = d.forms("sown", null).get(0);
    assertEquals(sow, sown.family());
    assertEquals("059", d.forms("RESEED", null).get(0).defaultCode());
    VerbForm handOut = d.forms("hand", null).get(0);
    assertEquals(List.of("HAND", "OUT"), handOut.words());
    assertEquals(0, handOut.head());
    assertEquals(List.of("HANDED", "OUT"), d.forms("handed", null).get(0).words());
    VerbForm drill = d.forms("drill", null).get(0);
    assertEquals(1, drill.head());
    assertNull(drill.code());
  }

  @Test
  void lemmaFindsTheFamilyWhenTheWordItselfIsNotListed() throws IOException {
    VerbDictionary d = read("""
        --- SOW [057] ---
        SOW
        --- SOWED [099] ---
        SOWED
        """);
    assertEquals("099", d.forms("sowed", "sow").get(0).defaultCode());
    assertEquals("057", d.forms("sowing", "sow").get(0).defaultCode());
    assertTrue(d.forms("reap", "reap").isEmpty());
  }

  @Test
  void patternsSplitAtTheVerbWithJoinsMarkersAndComments() throws IOException {
    VerbDictionary d = read("""
        <!-- a block comment
             over two lines -->
        --- TRADE [060] ---
        TRADE   # a comment after a verb
        - $ HAS_NOT * GRAIN_WITH + [061:062]   # pattern with both sides
        - % * [063]
        - ^ * {SURPLUS GRAIN} [###]
        """);
    List<VerbPattern> ps = family(d, "TRADE").patterns();
    VerbPattern p = ps.get(0);
    assertEquals("061:062", p.code());
    // before the verb, nearest first: NOT touches the verb? no: "HAS_NOT *" has a space before '*'
    assertEquals(List.of(List.of("NOT")), p.before().get(0).phrases());
    assertEquals(false, p.before().get(0).adjacent());
    assertEquals(List.of(List.of("HAS")), p.before().get(1).phrases());
    assertEquals(true, p.before().get(1).adjacent());
    assertEquals(PatternElement.Kind.SOURCE, p.before().get(2).kind());
    assertEquals(List.of("GRAIN"), p.after().get(0).phrases().get(0));
    assertEquals(true, p.after().get(1).adjacent());
    assertEquals(PatternElement.Kind.TARGET, p.after().get(2).kind());
    assertEquals(PatternElement.Kind.COMPOUND, ps.get(1).before().get(0).kind());
    assertEquals(PatternElement.Kind.SKIP, ps.get(2).before().get(0).kind());
    assertEquals(2, ps.get(2).after().size());
    assertEquals("###", ps.get(2).code());
  }

  @Test
  void petrarch2GroupingsReadAsWordsWithTheirPrepositionMarked() throws IOException {
    VerbDictionary d = read("""
        --- TRADE [060] ---
        TRADE
        - * GRAIN ( FOR {WINTER FODDER}) [064]
        """);
    List<PatternElement> after = family(d, "TRADE").patterns().get(0).after();
    assertEquals(4, after.size());
    assertEquals(List.of(false, true, false, false), after.stream().map(PatternElement::preposition).toList());
    assertEquals(List.of("FOR"), after.get(1).phrases().get(0));
  }

  @Test
  void lineOutsideAFamilyIsAnErrorNamingFileAndLine() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> read("""
        # no family yet
        HARVEST
        """));
    assertTrue(e.getMessage().contains("test.verbs.txt:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("outside a verb family"), e.getMessage());
  }

  @Test
  void familyWithoutCodeIsAnError() {
    DictionaryException e = assertThrows(DictionaryException.class, () -> read("""
        --- HARVEST ---
        HARVEST
        """));
    assertTrue(e.getMessage().contains("test.verbs.txt:1:"), e.getMessage());
  }

  @Test
  void unreadablePatternsAreSkippedWithAWarningNamingTheLine() throws IOException {
    VerbDictionary d = read("""
        --- HARVEST [070] ---
        HARVEST
        - * CORN
        - * (EARLY [071]
        - HARVEST CORN [072]
        - * &NOSUCHSET [073]
        - * WHEAT [074]
        """);
    assertEquals(1, family(d, "HARVEST").patterns().size());
    assertEquals(4, d.warnings().size());
    assertTrue(d.warnings().get(0).contains("test.verbs.txt:3: pattern without a [code]"), d.warnings().get(0));
    assertTrue(d.warnings().get(1).contains(":4: unbalanced"), d.warnings().get(1));
    assertTrue(d.warnings().get(2).contains(":5: pattern needs exactly one '*'"), d.warnings().get(2));
    assertTrue(d.warnings().get(3).contains(":6: no synonym set &NOSUCHSET"), d.warnings().get(3));
  }

  @Test
  void synsetContainingItselfIsReportedAtItsDefinition() throws IOException {
    VerbDictionary d = read("""
        &LOOP
        +&LOOP
        +GRAIN

        --- HARVEST [070] ---
        HARVEST
        - * &LOOP [071]
        """);
    assertEquals(List.of(), family(d, "HARVEST").patterns());
    assertTrue(d.warnings().get(0).contains("test.verbs.txt:1: synonym set &LOOP contains itself"), d.warnings().get(0));
  }

  @Test
  void folderGivesItsVerbFilesOnly() throws IOException {
    Files.writeString(dir.resolve("Mine.verbs.txt"), "--- SOW [057] ---\nSOW\n");
    Files.writeString(dir.resolve("CAMEO.9.txt"), "--- REAP [058] ---\nREAP\n");
    Files.writeString(dir.resolve("Mine.actors.txt"), "RURITANIA [RUR]\n");
    List<Path> files = VerbDictionary.filesIn(dir);
    assertEquals(List.of(dir.resolve("CAMEO.9.txt"), dir.resolve("Mine.verbs.txt")), files);
    VerbDictionary d = VerbDictionary.read(files);
    assertEquals(2, d.families().size());
    assertTrue(VerbDictionary.filesIn(dir.resolve("Mine.actors.txt")).isEmpty());
  }

  @Test
  void anEmptySideOfAPairedCodeIsNoEventThatWay() throws IOException {
    // Phoenix writes "[:100]" ("faces pressure"): the empty side reached the coder as an empty
    // code, whose first two digits it took (StringIndexOutOfBoundsException: begin 0, end 2, length 0)
    VerbDictionary d = read("""
        --- ENDURE [---] ---
        ENDURE {ENDURED}
        - * SHELLING [:190]
        - * BREAKUP_WITH + [034:]
        - * A QUIET WEEK [:]
        - * ODD_THINGS [1:2:3]
        """);
    List<String> codes = family(d, "ENDURE").patterns().stream().map(VerbPattern::code).toList();
    assertEquals(List.of("---:190", "034:---", "---"), codes);
    assertEquals(1, d.warnings().size(), d.warnings().toString());
    assertTrue(d.warnings().get(0).matches(".*test\\.verbs\\.txt:6: bad code \\[1:2:3\\]: a pair has one ':'.*"),
        d.warnings().toString());
    assertTrue(family(d, "ENDURE").patterns().get(0).where().endsWith(":3"));
  }
}

package org.dateline.coding.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matcher on sentences written for these tests; capitalised words stand for actors. */
class PatternMatcherTest {
  @TempDir
  Path dir;

  private VerbDictionary dict;
  private final PatternMatcher matcher = new PatternMatcher();

  @BeforeEach
  void load() throws IOException {
    Path f = dir.resolve("farm.verbs.txt");
    Files.writeString(f, """
        &NEVERMORE
        +WILL NOT
        +DO N'T

        &GRAIN
        +WHEAT
        +PEARL BARLEY

        --- PLANT [050] ---
        PLANT {PLANTED}
        SEED_+DRILL
        - MOST_SURELY_&NEVERMORE * [053]
        - &NEVERMORE * [052]
        - * &GRAIN_FIELDS [054]
        - * &GRAIN [055]
        - + * FOR $ [056]
        - % * TOGETHER [057:058]
        - * ^ WITH + [059]
        - * WEEDS [---]
        - * (BESIDE) [0501]

        --- HARVEST [070] ---
        HARVEST {HARVESTED}
        - * AT ^ + [071]

        --- HOE [---] ---
        HOE
        - * ROWS [060]
        - * NEAT FURROWS [+++]
        - * NEAT [###]
        - * FURROWS [061]
        """);
    dict = VerbDictionary.read(f);
  }

  /** Every word reachable both ways; capitalised words (not the first) name actors; "beside" is no preposition after "to". */
  private record Plain(List<String> words) implements PatternMatcher.Words {
    public boolean preposition(int i) { return i == 0 || !words.get(i - 1).equals("to"); }
    public int size() { return words.size(); }
    public String word(int i) { return words.get(i).toUpperCase(Locale.ROOT); }
    public boolean reachableBefore(int i) { return true; }
    public boolean reachableAfter(int i) { return true; }
    public boolean actor(int i) { return i > 0 && Character.isUpperCase(words.get(i).charAt(0)) || i == 0; }
  }

  private PatternMatcher.Match code(String sentence, String verb) {
    List<String> words = Arrays.asList(sentence.split(" "));
    int at = words.indexOf(verb);
    return matcher.match(new Plain(words), at, dict.forms(verb, verb.replaceAll("ed$", "")));
  }

  @Test
  void defaultCodeWhenNoPatternMatches() {
    assertEquals("050", code("Ruritania planted maize", "planted").code());
  }

  @Test
  void wordsMayComeBetweenUnlessJoined() {
    assertEquals("055", code("Ruritania planted some fine wheat", "planted").code());
    // "&GRAIN_FIELDS" needs the fields right after the grain
    assertEquals("054", code("Ruritania planted pearl barley fields", "planted").code());
    assertEquals("055", code("Ruritania planted pearl barley in fields", "planted").code());
  }

  @Test
  void firstMatchingPatternInDictionaryOrderWins() {
    assertEquals("053", code("Ruritania most surely will not plant", "plant").code());
    assertEquals("052", code("Ruritania most surely now will not plant", "plant").code());
    assertEquals("052", code("Ruritania do n't ever plant", "plant").code());
  }

  @Test
  void markersBindTheActorsTheyStandFor() {
    PatternMatcher.Match m = code("Ruritania planted wheat for Freedonia", "planted");
    // "+ * FOR $" comes after "* &GRAIN" in the dictionary, so the grain pattern wins here
    assertEquals("055", m.code());
    m = code("Ruritania planted for Freedonia", "planted");
    assertEquals("056", m.code());
    assertEquals(0, m.target());
    assertEquals(3, m.source());
  }

  @Test
  void compoundAndPairedCodes() {
    PatternMatcher.Match m = code("Ruritania and Freedonia planted together", "planted");
    assertEquals("057:058", m.code());
    assertEquals(2, m.compound());
  }

  @Test
  void skipTakesAWordBeforeTheTarget() {
    PatternMatcher.Match m = code("Ruritania planted orchards with Freedonia", "planted");
    assertEquals("059", m.code());
    assertEquals(4, m.target());
    // '^' needs a word of its own: without one the default code applies
    assertEquals("050", code("Ruritania planted with Freedonia", "planted").code());
  }

  /** As {@link Plain}, with the parse's noun phrases: a skip at a word passes over this many words. */
  private record Phrased(Plain plain, java.util.Map<Integer, Integer> phrases) implements PatternMatcher.Words {
    public int size() { return plain.size(); }
    public String word(int i) { return plain.word(i); }
    public boolean reachableBefore(int i) { return true; }
    public boolean reachableAfter(int i) { return true; }
    public boolean actor(int i) { return plain.actor(i); }
    public int skipped(int i, int dir) { return phrases.getOrDefault(i, 1); }
  }

  @Test
  void skipPassesOverTheWholePhraseTheWordsGive() {
    List<String> words = Arrays.asList("Ruritania harvested at the Freedonia farms of Ambria".split(" "));
    List<VerbForm> forms = dict.forms("harvested", "harvest");
    // one word at a time, the skip takes "the" and the target is Freedonia
    assertEquals(4, matcher.match(new Plain(words), 1, forms).target());
    // "the Freedonia farms" is one noun phrase: the target is the actor after it
    PatternMatcher.Match m = matcher.match(new Phrased(new Plain(words), java.util.Map.of(3, 3)), 1, forms);
    assertEquals("071", m.code());
    assertEquals(7, m.target());
  }

  @Test
  void prepositionalElementNeedsAPreposition() {
    assertEquals("0501", code("Ruritania planted maize beside roads", "planted").code());
    assertEquals("050", code("Ruritania planted maize to beside roads", "planted").code());
  }

  @Test
  void noEventCodeIsAMatchThatSaysSo() {
    PatternMatcher.Match m = code("Ruritania planted weeds", "planted");
    assertEquals("---", m.code());
    assertEquals(false, m.isEvent());
  }

  @Test
  void familyWithoutDefaultCodesOnlyThroughPatterns() {
    assertEquals("060", code("Freedonia hoe rows", "hoe").code());
    assertNull(code("Freedonia hoe maize", "hoe"));
  }

  @Test
  void multiWordVerbNeedsItsOtherWords() {
    PatternMatcher.Match m = code("Ruritania seed drill wheat", "drill");
    assertEquals("055", m.code());
    assertEquals(1, m.verbStart());
    assertNull(code("Ruritania will drill wheat", "drill"));
  }

  @Test
  void patternsWithMarksInsteadOfCodesArePassedOver() {
    // "+++" and "###" mark TABARI features PETRARCH does not code; the next pattern decides
    assertEquals("061", code("Freedonia hoe neat furrows", "hoe").code());
  }
}

package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.dateline.model.Event;
import org.dateline.resolve.Knowledge;
import org.dateline.testing.Models;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's verb dictionary on Dateline's own parse: sentences and a dictionary written for these
 * tests (codes chosen to be told apart from the built-in lexicon's).
 */
class DictionaryCodingTest {
  @TempDir
  static Path dir;

  private static EventCoder coder;

  @BeforeAll
  static void load() throws IOException {
    Path f = dir.resolve("test.verbs.txt");
    Files.writeString(f, """
        &NEVERAGAIN
        +WILL NEVER
        +WILL NOT

        --- SELL [071] ---
        SELL {SOLD}
        - &NEVERAGAIN * [0711]
        - * TIMBER [0712]

        --- VISIT [042:043] ---
        VISIT

        --- QUARREL [---] ---
        QUARREL
        - % * [1111:1112]

        --- EAVESDROP [1712] ---
        EAVESDROP
        WIRE_+TAP {WIRE_+TAPPED}
        - WILL NOT * [0812]

        --- REGRET [1113] ---
        REGRET {REGRETTED}
        - NOTED + * [1114]
        - HINTED WOULD * [1115]

        --- SUPPLY [072] ---
        SUPPLY {SUPPLIED}
        - * GRAIN TO + [0721]

        --- WARN [160] ---
        WARN
        - * AT ^ + [162]

        --- CRITICIZE [---] ---
        CRITICIZE
        - * MILDLY [---]
        - HARSHLY * [1111]
        """);
    coder = new EventCoder(Codebook.cameo(), Knowledge.withDictionaries(List.of(f)));
  }

  /** The events the dictionary coder gives the text, as "code SRC->TGT" sorted. */
  private static String code(String text) {
    return code(text, PetrarchConfig.DEFAULT);
  }

  private static String code(String text, PetrarchConfig options) {
    return code(text, coder, options);
  }

  private static String code(String text, EventCoder with) {
    return code(text, with, PetrarchConfig.DEFAULT);
  }

  private static String code(String text, EventCoder with, PetrarchConfig options) {
    Article a = new Article("t", LocalDate.of(2024, 3, 12), null, null, null, text, 0, null, null, "test");
    Document doc = Models.pipeline().process(a);
    doc.events().clear();
    with.code(doc, options);
    return doc.events().stream().map(DictionaryCodingTest::describe).sorted().collect(Collectors.joining("; "));
  }

  private static String describe(Event e) {
    return e.cameo() + " " + Coded.countries(e.source()) + "->" + Coded.countries(e.target());
  }

  @Test
  void defaultCodeWithSidesFromTheParse() {
    assertEquals("071 NOR->SWE", code("Norway sold fishing boats to Sweden."));
  }

  @Test
  void patternsBeforeAndAfterTheVerb() {
    assertEquals("0711 NOR->SWE", code("Norway will never sell fishing boats to Sweden."));
    assertEquals("0712 NOR->SWE", code("Norway sold timber to Sweden."));
  }

  @Test
  void aMatchNeedsBothSidesAsInPetrarch() {
    assertEquals("", code("Norway sold timber on Monday."));
  }

  @Test
  void withoutRequireDyadOneSideIsEnough() {
    PetrarchConfig oneSide = PetrarchConfig.DEFAULT.with("require_dyad", "False");
    assertEquals("0712 NOR->", code("Norway sold timber on Monday.", oneSide));
    assertEquals("", code("The timber was sold on Monday.", oneSide));
    // both sides found: the same event either way
    assertEquals("0712 NOR->SWE", code("Norway sold timber to Sweden.", oneSide));
  }

  @Test
  void pairedCodeGivesBothDirections() {
    assertEquals("042 KEN->UGA; 043 UGA->KEN", code("Kenya's president visited Uganda on Monday."));
  }

  @Test
  void compoundSubjectMembersActOnEachOther() {
    assertEquals("1111 CHL->PER; 1112 PER->CHL", code("Chile and Peru quarreled on Monday."));
  }

  @Test
  void noEventPatternSilencesTheBuiltInLexiconButAnUnmatchedVerbFallsBackToIt() {
    assertEquals("", code("Germany criticized Hungary mildly."));
    assertEquals("1111 DEU->HUN", code("Germany harshly criticized Hungary."));
    String builtIn = code("Germany criticized Hungary over its media law.");
    assertTrue(builtIn.startsWith("111 DEU->HUN"), builtIn);
  }

  @Test
  void aSideNoDictionaryCodesIsLookedForFurtherOn() {
    // the parse's object is an unknown person's boats; the coded actor after the verb is Sweden
    assertEquals("071 NOR->SWE", code("Norway sold the boats of Haakon Lindqvist in Sweden."));
  }

  @Test
  void aBracketedShortNameBelongsToItsCompound() {
    assertEquals("1111 NLD->-; 1112 -->NLD", code("The Netherlands and the European Union (EU) quarreled on Monday."));
  }

  @Test
  void aFormOfTwoWordsParsedAsVerbAndObject() {
    // "wire" is parsed as the verb and "tap" as its object
    assertEquals("0812 NOR->SWE", code("Norway will not wire tap the phones of Sweden."));
  }

  @Test
  void discardedSentencesAndStoriesAreNotCoded() throws IOException {
    Path verbs = dir.resolve("test.verbs.txt");
    Path discards = dir.resolve("test.discards.txt");
    Files.writeString(discards, "CRICKET BATS\n+HAILSTORM\n");
    EventCoder withDiscards = new EventCoder(Codebook.cameo(), Knowledge.withDictionaries(List.of(verbs, discards)));
    String text = "Norway sold cricket bats to Sweden. Norway sold timber to Denmark.";
    assertEquals("0712 NOR->DNK", code(text, withDiscards));
    assertEquals("", code(text + " A hailstorm hit Oslo.", withDiscards));
    assertEquals("071 NOR->SWE; 0712 NOR->DNK", code(text));
  }

  @Test
  void aPatternNamingAGoverningVerbTellsOfThatVerbsSubject() {
    // the pattern's target is the subject of "regretted": the source is who noted it
    assertEquals("1114 NOR->SWE", code("Norway noted that Sweden regretted the sale."));
    // "it" stands for who hinted
    assertEquals("1115 NOR->DNK", code("Norway hinted that it would regret the sale to Denmark."));
    // a named subject of its own keeps the event its own
    assertEquals("1113 SWE->DNK", code("Norway said that Sweden regretted the sale to Denmark."));
  }

  @Test
  void aSkipPassesOverANounPhrase() {
    // '^' skips "the Swedish embassy", not just "the": the target is the actor after it
    assertEquals("162 NOR->DNK", code("Norway warned at the Swedish embassy of Denmark."));
  }

  @Test
  void aPartyOnBothSidesIsATargetOfTheOthersOnly() {
    // Sweden supplies Denmark; Norway supplies Denmark and Sweden (before: Sweden dropped as a target)
    assertEquals("0721 NOR->DNK,SWE; 0721 SWE->DNK", code("Norway and Sweden supplied grain to Denmark and Sweden."));
  }
}

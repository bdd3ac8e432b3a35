package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unions, business federations, broadcasters, news agencies and campaign groups of one country
 * (national-bodies.tsv) act for their country and sector; words left out of the file stay words.
 * The sentences are written here.
 */
class NationalBodiesTest {
  private static Document code(String text, String date) {
    return Models.pipeline().process(new Article("t", LocalDate.parse(date), null, null, null, text, 0, null, null, "t"));
  }

  private static Event trigger(Document d, String word) {
    return d.events().stream().filter(e -> e.evidence().trigger().equalsIgnoreCase(word)).findFirst()
        .orElseThrow(() -> new AssertionError("no event triggered by '" + word + "' in " + describe(d)));
  }

  private static String describe(Document d) {
    return d.events().stream().map(e -> e.cameo() + " " + actors(e.source()) + "->" + actors(e.target())
        + " [" + e.evidence().trigger() + "]").collect(Collectors.joining("; ")) + " | mentions " + d.mentions();
  }

  private static String actors(List<Actor> as) {
    return as.stream().map(a -> a.code() == null ? "-" : a.code()).collect(Collectors.joining(","));
  }

  /** The source of the event the word triggers holds an actor of this country and sector. */
  private static void sourceIs(Document d, String word, String country, String sector) {
    Event e = trigger(d, word);
    assertTrue(e.source().stream().anyMatch(a -> country.equals(a.country()) && sector.equals(a.sector())),
        "expected a " + country + " " + sector + " source: " + describe(d));
  }

  private static List<Actor> all(Document d, String text) {
    return d.mentions().stream().filter(m -> m.text().equals(text) && m.actor() != null).map(Mention::actor).toList();
  }

  /** A sentence, its date, the trigger, and the country and sector the body acting in it is coded with. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The TUC criticised the government's pension plans.                                  | 2005-02-14 | criticised | GBR | LAB
      The Confederation of British Industry urged the Chancellor to cut business rates.  | 2005-03-16 | urged      | GBR | BUS
      The AFL-CIO condemned the trade agreement with Colombia.                             | 2008-04-09 | condemned  | USA | LAB
      Xinhua accused Japan of distorting its wartime history.                              | 2005-04-11 | accused    | CHN | MED
      The British Medical Association warned ministers about hospital waiting lists.       | 2005-01-20 | warned     | GBR | HLH
      The NASUWT threatened a strike over school discipline.                               | 2005-01-20 | threatened | GBR | LAB
      The Countryside Alliance attacked the hunting ban.                                   | 2004-11-19 | attacked   | GBR | NGO
      The Board of Deputies praised the police.                                            | 2004-11-19 | praised    | GBR | REL
      The National Farmers' Union criticised the supermarkets.                             | 2005-06-02 | criticised | GBR | AGR
      COSATU rejected the wage offer.                                                      | 2010-08-03 | rejected   | ZAF | LAB
      Keidanren urged Tokyo to cut corporate taxes.                                        | 2010-08-03 | urged      | JPN | BUS
      The Muslim Council of Britain criticised the new terror laws.                        | 2005-03-01 | criticised | GBR | REL
      The Transport and General Workers' Union condemned the job cuts.                     | 2005-03-01 | condemned  | GBR | LAB
      TUC general secretary Harold Tenby condemned the pension plans.                      | 2005-03-01 | condemned  | GBR | LAB
      """)
  void aBodyActsForItsCountryAndSector(String text, String date, String word, String country, String sector) {
    sourceIs(code(text, date), word, country, sector);
  }

  @Test
  void aBusinessBodyWelcomingABudgetIsNoTrade() {
    sourceIs(code("The Confederation of British Industry welcomed the budget.", "2005-03-16"), "welcomed", "GBR", "BUS");
  }

  @Test
  void twoBroadcastersSharingAnAbbreviationAreKnownByTheirFullNames() {
    Document d = code("The Australian Broadcasting Corporation criticised the new media laws. "
        + "ABC News criticised the senator.", "2006-10-12");
    sourceIs(d, "criticised", "AUS", "MED");
    assertEquals("USAMED", all(d, "ABC News").get(0).code(), d.mentions().toString());
    Document bare = code("The ABC criticised the new media laws.", "2006-10-12");
    assertTrue(all(bare, "ABC").stream().noneMatch(a -> "MED".equals(a.sector())), bare.mentions().toString());
  }

  @Test
  void wordsLeftOutOfTheFileAreNoBodies() {
    Document d = code("Shelter from the storm was scarce in the valley. "
        + "Liberty was the theme of the President's speech.", "2005-02-14");
    assertTrue(all(d, "Shelter").stream().noneMatch(a -> "GBR".equals(a.country())), d.mentions().toString());
    assertTrue(all(d, "Liberty").stream().noneMatch(a -> "GBR".equals(a.country())), d.mentions().toString());
  }

  @Test
  void theKnowledgeBaseKnowsTheNamesAndNotTheLeftOutWords() {
    Knowledge kb = Knowledge.get();
    assertEquals("GBRLAB", kb.organisation("Trades Union Congress").code());
    assertEquals("USAMED", kb.organisation("Associated Press").code());
    assertEquals("AUSMED", kb.organisation("Australian Broadcasting Corporation").code());
    assertEquals("GBRAGR", kb.organisation("NFU").code());
    for (String word : List.of("Shelter", "Liberty", "Unite", "Amicus", "Sky", "ABC", "NUS", "FSB")) {
      assertNull(kb.organisation(word), word);
    }
  }
}

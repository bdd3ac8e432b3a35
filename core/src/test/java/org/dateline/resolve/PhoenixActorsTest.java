package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.dateline.util.Tsv;
import org.junit.jupiter.api.Test;

/** The people, bodies and groups converted from the Phoenix dictionaries (phoenix-actors.tsv). */
class PhoenixActorsTest {
  private static final Knowledge KB = Knowledge.get();

  private static Actor actor(String text, String date, String name) {
    Document d = Models.pipeline().process(new Article("t", LocalDate.parse(date), null, null, null, text, 0, null, null, "t"));
    return d.mentions().stream().filter(m -> m.text().equals(name)).map(Mention::actor).findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + name + " in " + d.mentions()));
  }

  @Test
  void everyRowHasItsCellsAndDatesThatParse() {
    List<Tsv.Row> rows = Tsv.resource(PhoenixFile.PATH);
    assertTrue(rows.size() > 10_000, "rows: " + rows.size());
    for (Tsv.Row r : rows) {
      assertFalse(r.get("name").isBlank(), "line " + r.line());
      assertFalse(r.get("sector").isBlank(), "line " + r.line());
      if (!r.get("start").isEmpty()) LocalDate.parse(r.get("start"));
      if (!r.get("end").isEmpty()) LocalDate.parse(r.get("end"));
    }
  }

  @Test
  void aPersonOnlyPhoenixKnowsTakesTheCodeOfTheArticlesDate() {
    // Milburn: Health Secretary until June 2003, back in government from September 2004
    assertEquals("GBR", KB.holders("Alan Milburn", LocalDate.of(2003, 3, 1)).get(0).country());
    assertEquals("GOV", KB.holders("Alan Milburn", LocalDate.of(2003, 3, 1)).get(0).sector());
    assertTrue(KB.holders("Alan Milburn", LocalDate.of(2004, 3, 1)).isEmpty());
    assertTrue(KB.knownOnlyFromPhoenix("Alan Milburn"));
  }

  @Test
  void aLegislatorOfGovLegIsTheLegislature() {
    // President pro tempore of the Senate 1981-1987 (Pelosi, once the example, is in party-leaders.tsv now)
    Knowledge.Term t = KB.holders("Strom Thurmond", LocalDate.of(1983, 3, 1)).get(0);
    assertEquals("USA", t.country());
    assertEquals("LEG", t.sector());
  }

  @Test
  void ourOwnFilesWinOverPhoenix() {
    // Tony Blair is in leaders-history.tsv with his role; Phoenix's rows fill only other years
    List<Knowledge.Term> terms = KB.holders("Tony Blair", LocalDate.of(2005, 1, 1));
    assertTrue(terms.stream().allMatch(t -> "Prime Minister".equals(t.role())), terms.toString());
    assertFalse(KB.knownOnlyFromPhoenix("Tony Blair"));
    // a country's own name is never a Phoenix body
    assertNull(KB.body("Afghanistan"));
  }

  @Test
  void oneWordNamesOfPeopleAndEnglishWordsAreLeftOut() {
    assertTrue(KB.allTerms("Abdullah").isEmpty(), "a given name of many people");
    for (Tsv.Row r : Tsv.resource(PhoenixFile.PATH)) {
      for (String n : r.list("aliases")) {
        assertTrue(n.contains(" ") || n.replace(".", "").length() >= 4, "line " + r.line() + ": " + n);
      }
    }
  }

  @Test
  void aBodyPhoenixNamesIsResolvedInText() {
    Actor a = actor("The Afghan National Security Forces took over the district on Monday.", "2012-05-02",
        "Afghan National Security Forces");
    assertEquals("AFGMIL", a.code());
  }

  @Test
  void anInternationalOfficialIsOfHisOrganisation() {
    // NATO's Secretary General from December 1995 to October 1999
    Actor a = actor("Javier Solana flew to Skopje on Monday for talks.", "1997-03-01", "Javier Solana");
    assertEquals("NAT", a.code(), a.toString());
    assertEquals("IGO", a.sector());
  }

  @Test
  void aBodysLastSectorIsItsKind() {
    // Phoenix's GOV|JUD is a court for a body, GOV|MIL an army; for a minister it is the government
    assertEquals("USAJUD", KB.body("Supreme Court of the United States").code());
    assertEquals("AFGMIL", KB.body("Afghan National Army").code());
  }

  @Test
  void phoenixOfficesFillTheYearsOurFilesLeaveOpen() {
    Knowledge.Term pm = new Knowledge.Term("Alda Rennick", "GBR", "GOV", "Prime Minister", LocalDate.parse("2007-06-27"), LocalDate.parse("2010-05-11"));
    Knowledge.Term minister = new Knowledge.Term("Alda Rennick", "GBR", "GOV", null, LocalDate.parse("2003-01-01"), LocalDate.parse("2008-10-31"));
    Knowledge.Term elite = new Knowledge.Term("Alda Rennick", "GBR", "ELI", null, LocalDate.parse("1990-01-01"), LocalDate.parse("2002-12-31"));
    Knowledge.Term abroad = new Knowledge.Term("Alda Rennick", "AUS", "GOV", null, LocalDate.parse("1990-01-01"), null);
    Knowledge.Term stale = new Knowledge.Term("Alda Rennick", "GBR", "GOV", null, LocalDate.parse("2009-01-01"), null);
    List<Knowledge.Term> gaps = Knowledge.gapsOf(List.of(pm), List.of(minister, elite, abroad, stale));
    assertEquals(1, gaps.size(), gaps.toString());
    assertEquals(LocalDate.parse("2003-01-01"), gaps.get(0).start());
    assertEquals(LocalDate.parse("2007-06-26"), gaps.get(0).end());
  }

  @Test
  void aPrimeMinisterInOurFilesKeepsHisEarlierMinistryFromPhoenix() {
    // Gordon Brown was Chancellor of the Exchequer before he became Prime Minister in 2007
    List<Knowledge.Term> held = KB.holders("Gordon Brown", LocalDate.parse("2005-03-01"));
    assertEquals(1, held.size(), held.toString());
    assertEquals("GOV", held.get(0).sector());
    assertEquals("GBR", held.get(0).country());
  }
}

package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.dateline.util.Tsv;
import org.junit.jupiter.api.Test;

/**
 * The office holders of 1979-2014 (leaders-history.tsv) next to those of 2015 onwards
 * (leaders.tsv): archive articles resolve a name to whoever held office on the article's date.
 */
class LeadersHistoryTest {
  private static final Knowledge KB = Knowledge.get();

  /** The one person this name means on this date, with the country and sector of the office. */
  private static Knowledge.Term holder(String name, String date) {
    List<Knowledge.Term> terms = KB.holders(name, LocalDate.parse(date));
    assertEquals(1, terms.stream().map(Knowledge.Term::name).distinct().count(),
        name + " on " + date + " should name one person: " + terms);
    return terms.get(0);
  }

  @Test
  void bushIsTheFatherIn1990AndTheSonIn2003() {
    Knowledge.Term father = holder("Bush", "1990-08-05");
    Knowledge.Term son = holder("Bush", "2003-03-20");
    assertEquals("George H. W. Bush", father.name());
    assertEquals("George W. Bush", son.name());
    assertEquals("USA", son.country());
    assertEquals("GOV", son.sector());
    // between the two presidencies no Bush is in office
    assertTrue(KB.holders("Bush", LocalDate.parse("1996-06-01")).isEmpty());
  }

  @Test
  void clintonIsThePresidentInThe1990sAndTheSecretaryOfStateIn2010() {
    assertEquals("Bill Clinton", holder("Clinton", "1998-12-16").name());
    Knowledge.Term hillary = holder("Clinton", "2010-11-30");
    assertEquals("Hillary Clinton", hillary.name());
    assertEquals("Foreign Minister", hillary.role());
  }

  @Test
  void sharedSurnamesFollowTheDate() {
    assertEquals("Indira Gandhi", holder("Gandhi", "1982-06-01").name());
    assertEquals("Rajiv Gandhi", holder("Gandhi", "1987-06-01").name());
    assertEquals("Andreas Papandreou", holder("Papandreou", "1985-01-10").name());
    assertEquals("George Papandreou", holder("Papandreou", "2010-05-02").name());
    assertEquals("Hafez al-Assad", holder("Assad", "1990-01-01").name());
    assertEquals("Bashar al-Assad", holder("Assad", "2013-08-21").name());
    assertEquals("Pierre Trudeau", holder("Trudeau", "1982-04-17").name());
    assertEquals("Justin Trudeau", holder("Trudeau", "2018-06-09").name());
    assertEquals("GRC", holder("Papandreou", "1994-01-01").country());
  }

  @Test
  void sovietLeadersAreCodedAsRussia() {
    Knowledge.Term brezhnev = holder("Brezhnev", "1979-12-27");
    assertEquals("RUS", brezhnev.country());
    assertEquals("GOV", brezhnev.sector());
    assertEquals("RUS", holder("Gorbachev", "1987-12-08").country());
    assertEquals("Boris Yeltsin", holder("Yeltsin", "1993-10-04").name());
    // Shevardnadze was the Soviet foreign minister, then Georgia's head of state
    assertEquals("RUS", holder("Shevardnadze", "1988-04-14").country());
    assertEquals("GEO", holder("Shevardnadze", "1995-08-29").country());
  }

  @Test
  void putinsEarlierTermsAreKnown() {
    assertEquals("RUS", holder("Putin", "2003-03-20").country());
    assertEquals("RUS", holder("Putin", "2010-01-01").country()); // prime minister then
    assertEquals("Dmitry Medvedev", holder("Medvedev", "2008-08-08").name());
  }

  @Test
  void leadersOfTheArchiveEraResolveInArticles() {
    Document d = code("Bush and Gorbachev met off Malta, and Thatcher welcomed the talks.", "1989-12-03");
    Actor bush = actor(d, "Bush");
    assertEquals("George H. W. Bush", bush.name());
    assertEquals("USAGOV", bush.code());
    assertEquals("RUSGOV", actor(d, "Gorbachev").code());
    assertEquals("GBRGOV", actor(d, "Thatcher").code());
    Document later = code("Bush spoke with Blair about Iraq.", "2003-03-20");
    assertEquals("George W. Bush", actor(later, "Bush").name());
    assertEquals("GBRGOV", actor(later, "Blair").code());
  }

  @Test
  void aLeaderOutOfOfficeIsOfHisCountryButNotItsGovernment() {
    Document d = code("Gorbachev spoke at a conference in Berlin.", "2005-11-09");
    Actor a = actor(d, "Gorbachev");
    assertEquals("RUS", a.country());
    assertNull(a.sector(), "out of office since 1991");
  }

  @Test
  void bothLeaderFilesParse() {
    // international offices carry their organisation's code (organisations.tsv) in place of a country
    Set<String> offices = Set.of("EEC", "UNO", "UNDP", "WTO", "IMF", "ECB");
    for (String file : Knowledge.LEADER_FILES) {
      List<Tsv.Row> rows = Tsv.resource(file);
      assertFalse(rows.isEmpty(), file);
      for (Tsv.Row r : rows) {
        String where = file + ":" + r.line();
        assertEquals(8, r.values().size(), where + " has a missing column");
        assertFalse(r.get("name").isEmpty(), where);
        String country = r.get("country");
        assertTrue(KB.country(country) != null || offices.contains(country), where + ": unknown country " + country);
        assertTrue(Set.of("GOV", "IGO", "PTY", "LEG", "JUD").contains(r.get("sector")), where + ": " + r.get("sector"));
        LocalDate start = LocalDate.parse(r.get("start"));
        if (!r.get("end").isEmpty()) {
          assertTrue(start.isBefore(LocalDate.parse(r.get("end"))), where + ": start must come before end");
        }
        for (String alias : r.list("aliases")) {
          assertFalse(alias.contains("\t") || alias.isBlank(), where);
        }
      }
    }
  }

  /**
   * A shared name ("Bush") is fine only while the article's date picks one person: no name may
   * stand for people of two countries whose terms overlap.
   */
  @Test
  void noNameMeansTwoCountriesOnTheSameDay() {
    Map<String, List<Knowledge.Term>> byName = new HashMap<>();
    for (String file : Knowledge.LEADER_FILES) {
      for (Tsv.Row r : Tsv.resource(file)) {
        Knowledge.Term t = term(r);
        List<String> names = new ArrayList<>(r.list("aliases"));
        names.add(r.get("name"));
        for (String n : names) byName.computeIfAbsent(Knowledge.key(n), k -> new ArrayList<>()).add(t);
      }
    }
    for (Map.Entry<String, List<Knowledge.Term>> e : byName.entrySet()) {
      List<Knowledge.Term> ts = e.getValue();
      for (Knowledge.Term a : ts) {
        for (Knowledge.Term b : ts) {
          if (a.country().equals(b.country())) continue;
          assertFalse(overlap(a, b), "'" + e.getKey() + "' is both " + a + " and " + b);
        }
      }
    }
  }

  /** A history row must not repeat a term of leaders.tsv: the same person in the same office shares a day at most. */
  @Test
  void historyDoesNotRepeatCurrentTerms() {
    List<Tsv.Row> current = Tsv.resource(Knowledge.LEADER_FILES.get(0));
    for (Tsv.Row h : Tsv.resource(Knowledge.LEADER_FILES.get(1))) {
      for (Tsv.Row c : current) {
        if (!h.get("name").equals(c.get("name")) || !h.get("role").equals(c.get("role"))
            || !h.get("country").equals(c.get("country"))) {
          continue;
        }
        Knowledge.Term a = term(h);
        Knowledge.Term b = term(c);
        boolean adjoin = b.start().equals(a.end()) || a.start().equals(b.end());
        assertFalse(overlap(a, b) && !adjoin, "leaders-history.tsv:" + h.line() + " overlaps leaders.tsv:" + c.line());
      }
    }
  }

  private static Knowledge.Term term(Tsv.Row r) {
    return new Knowledge.Term(r.get("name"), r.get("country"), r.get("sector"), r.get("role"),
        LocalDate.parse(r.get("start")), r.get("end").isEmpty() ? null : LocalDate.parse(r.get("end")));
  }

  private static boolean overlap(Knowledge.Term a, Knowledge.Term b) {
    LocalDate aEnd = a.end() == null ? LocalDate.MAX : a.end();
    LocalDate bEnd = b.end() == null ? LocalDate.MAX : b.end();
    return !a.start().isAfter(bEnd) && !b.start().isAfter(aEnd);
  }

  private static Document code(String text, String date) {
    return Models.pipeline().process(new Article("t", LocalDate.parse(date), null, null, null, text, 0, null, null, "t"));
  }

  private static Actor actor(Document d, String text) {
    for (Mention m : d.mentions()) {
      if (m.text().equals(text)) return m.actor();
    }
    throw new AssertionError("no mention '" + text + "' in " + d.mentions());
  }
}

package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * Party leaders (party-leaders.tsv) and G7 finance and interior ministers (ministers-g7.tsv): a
 * leader out of government is the party, one in government is the government.
 */
class PartyLeadersTest {
  private static final Knowledge KB = Knowledge.get();

  /** The one term this name holds on this date. */
  private static Knowledge.Term only(String name, String date) {
    List<Knowledge.Term> terms = KB.holders(name, LocalDate.parse(date));
    assertEquals(1, terms.size(), name + " on " + date + ": " + terms);
    return terms.get(0);
  }

  private static boolean none(String name, String date) {
    return KB.holders(name, LocalDate.parse(date)).isEmpty();
  }

  @Test
  void anOppositionLeaderIsThePartyDuringTheTermAndNotBefore() {
    Knowledge.Term howard = only("Michael Howard", "2005-01-01");
    assertEquals("GBR", howard.country());
    assertEquals("PTY", howard.sector());
    assertEquals("Leader of the Conservative Party", howard.role());
    // between the Home Office (to 1997) and the leadership (from November 2003) he held no office
    assertTrue(none("Michael Howard", "2003-06-01"));
    assertEquals("GOV", only("Michael Howard", "1995-06-01").sector());

    Knowledge.Term kennedy = only("Charles Kennedy", "2005-01-01");
    assertEquals("PTY", kennedy.sector());
    assertEquals("Leader of the Liberal Democrats", kennedy.role());
    assertTrue(none("Charles Kennedy", "1999-01-01"), "leader from August 1999");
    assertTrue(none("Charles Kennedy", "2006-06-01"), "resigned in January 2006");
  }

  @Test
  void aPartyLeaderInGovernmentIsTheGovernment() {
    Knowledge.Term blair = only("Tony Blair", "2005-01-01");
    assertEquals("GOV", blair.sector());
    assertEquals("Prime Minister", blair.role());
    // the same man in opposition, before May 1997
    assertEquals("PTY", only("Blair", "1996-01-01").sector());
    assertEquals("PTY", only("Thatcher", "1979-02-01").sector());
    assertEquals("GOV", only("Thatcher", "1985-02-01").sector());
    // Schröder chaired the SPD (1999-2004) inside his chancellorship (1998-2005): the narrower
    // party term must not win over the office
    Knowledge.Term schroeder = only("Gerhard Schröder", "2001-06-01");
    assertEquals("GOV", schroeder.sector());
    assertEquals("Chancellor", schroeder.role());
    // a deputy prime minister, a speaker: offices other than the premiership win too
    assertEquals("Deputy Prime Minister", only("Nick Clegg", "2012-06-01").role());
    assertEquals("PTY", only("Nick Clegg", "2009-06-01").sector());
    assertEquals("LEG", only("Nancy Pelosi", "2009-06-01").sector());
  }

  @Test
  void aliasesNameThePersonInAllOfHisOffices() {
    assertEquals("Menzies Campbell", only("Ming Campbell", "2006-06-01").name());
    assertEquals("Leader of Reform UK", only("Farage", "2025-01-01").role());
    assertEquals("Leader of the UK Independence Party", only("Farage", "2014-05-22").role());
    // "Lord Cameron" is given only on his Foreign Secretary row of leaders.tsv; it still names the
    // prime minister of 2012 and the leader of the opposition of 2007
    assertEquals("Prime Minister", only("Lord Cameron", "2012-01-01").role());
    assertEquals("PTY", only("Lord Cameron", "2007-01-01").sector());
  }

  @Test
  void ministersOfTheG7AreTheGovernment() {
    Knowledge.Term chancellor = only("Kenneth Clarke", "1995-01-01");
    assertEquals("GBRGOV", KB.actor("Kenneth Clarke", chancellor).code());
    assertEquals("Finance Minister", chancellor.role());
    assertEquals("Interior Minister", only("Otto Schily", "2003-01-01").role());
    assertEquals("DEU", only("Otto Schily", "2003-01-01").country());
    // Lagarde: French minister, then head of the IMF, then of the ECB
    assertEquals("FRA", only("Christine Lagarde", "2009-01-01").country());
    assertEquals("IMF", KB.actor("Lagarde", only("Lagarde", "2015-01-01")).code());
    assertEquals("IGO", only("Lagarde", "2021-01-01").sector());
  }

  @Test
  void ourTermsReplacePhoenixsForTheSameName() {
    // Phoenix had "Nicholas Clegg" in government from 2010 with no end; our rows end in 2015
    assertFalse(KB.knownOnlyFromPhoenix("Nicholas Clegg"));
    assertEquals("Deputy Prime Minister", only("Nicholas Clegg", "2012-06-01").role());
    assertTrue(none("Nicholas Clegg", "2017-06-01"));
  }

  @Test
  void partyLeadersResolveInText() {
    Document d = Models.pipeline().process(new Article("t", LocalDate.parse("2005-03-01"), null, null, null,
        "Tory leader Michael Howard attacked Tony Blair over asylum, and Charles Kennedy said the Liberal "
            + "Democrats would vote against the bill.", 0, null, null, "t"));
    assertEquals("GBRPTY", actor(d, "Michael Howard").code());
    assertEquals("GBRPTY", actor(d, "Charles Kennedy").code());
    assertEquals("GBRGOV", actor(d, "Tony Blair").code());
  }

  private static Actor actor(Document d, String text) {
    for (Mention m : d.mentions()) {
      if (m.text().equals(text)) return m.actor();
    }
    throw new AssertionError("no mention '" + text + "' in " + d.mentions());
  }
}

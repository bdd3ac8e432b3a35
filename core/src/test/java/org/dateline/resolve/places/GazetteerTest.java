package org.dateline.resolve.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.get();

  @Test
  void loadsTheShippedResourceQuickly() {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Gazetteer fresh = GazetteerLoader.load(Gazetteer.RESOURCE);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("gazetteer: %d places loaded in %.2f s (%.2f s CPU)%n", fresh.size(), seconds,
        (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
    assertTrue(fresh.size() > 150_000);
    // Generous: the machine is shared; on a quiet one it takes about a second.
    assertTrue(seconds < 20, "load took " + seconds + " s");
  }

  @Test
  void busanIsInSouthKorea() {
    GazetteerEntry busan = g.lookup("Busan").stream().filter(GazetteerEntry::isCity).findFirst().orElseThrow();
    assertEquals("KOR", busan.country());
    assertEquals(35.1, busan.lat(), 0.1);
    assertEquals(129.0, busan.lon(), 0.1);
    assertEquals("P", busan.featureClass());
    assertNotNull(busan.id());
    assertNotNull(busan.admin1());
    String text = "Warships docked in Busan on Monday.";
    Resolution r = new Disambiguator(g).resolve(text, Toponyms.find(text, "Busan"), null, Set.of()).get(0);
    assertEquals(busan, r.entry(), "the city, not the metropolitan province of the same name");
  }

  @Test
  void sanFranciscoIsAmericanFirst() {
    GazetteerEntry sf = g.lookup("San Francisco").get(0);
    assertEquals("USA", sf.country());
    assertEquals("California", sf.admin1());
  }

  @Test
  void namesMatchWhateverTheirCaseAccentsOrDots() {
    assertEquals(g.lookup("Bogotá"), g.lookup("BOGOTA"));
    assertFalse(g.lookup("St. Louis").isEmpty());
    assertEquals(g.lookup("St. Louis"), g.lookup("Saint Louis"));
    assertEquals("USA", g.lookup("U.S.").get(0).country());
    assertEquals("Mumbai", g.lookup("Bombay").get(0).name());
  }

  @Test
  void countriesDivisionsAndAdjectives() {
    assertEquals("KOR", g.iso3("KR"));
    assertEquals("XKX", g.country("XK").country(), "codes agree with the knowledge base");
    assertEquals("KOR", g.byAdjective("Korean").get(0).country());
    GazetteerEntry texas = g.admin1("US", "TX");
    assertEquals("Texas", texas.name());
    assertTrue(g.qualifier("Ill.").stream().anyMatch(e -> e.name().equals("Illinois")));
    assertTrue(g.lookup("IL").stream().noneMatch(GazetteerEntry::isAdmin1), "IL alone is not trusted");
  }

  @Test
  void parisIsFranceUnlessTexasIsNear() {
    Disambiguator d = new Disambiguator(g);
    String alone = "Protesters gathered in Paris on Sunday.";
    assertEquals("FRA", resolve(d, alone, "Paris").entry().country());
    String texas = "The fire in Paris destroyed two barns. Texas officials said the blaze was under control.";
    Resolution r = resolve(d, texas, "Paris");
    assertEquals("USA", r.entry().country());
    assertEquals("Texas", r.entry().admin1());
    String qualified = "He was born in Paris, Texas, in 1950.";
    assertEquals("Texas", resolve(d, qualified, "Paris").entry().admin1());
  }

  @Test
  void arabicTownsWithoutTheirArticle() {
    // GeoNames writes "Al Qāmishlī" and "Ar Raqqah"; English news writes "Qamishli".
    assertTrue(g.lookup("Qamishli").stream().anyMatch(e -> e.isCity() && e.country().equals("SYR")));
    assertTrue(g.lookup("Al Qamishli").stream().anyMatch(e -> e.isCity() && e.country().equals("SYR")));
  }

  @Test
  void townsAndDistrictsOnlyTheNewerCityListHas() {
    String text = "The match in Fulham drew a crowd of 20,000, and fans travelled on from London afterwards.";
    Resolution r = new Disambiguator(g).resolve(text, Toponyms.find(text, "Fulham", "London"), null, Set.of()).get(0);
    assertEquals("GBR", r.entry().country(), "London's district, not the Adelaide suburb");
  }

  @Test
  void countiesByTheNamesNewsUses() {
    GazetteerEntry northants = g.lookup("Northamptonshire").stream().filter(GazetteerEntry::isAdmin2).findFirst().orElseThrow();
    assertEquals("GBR", northants.country());
    assertTrue(northants.population() > 100_000, "the population of both its parts");
    assertEquals(g.lookup("Northamptonshire"), g.lookup("Northants"));
    assertTrue(g.lookup("Herts").stream().anyMatch(e -> e.name().equals("Hertfordshire")));
    String text = "Flooding closed roads across Cheshire on Friday.";
    Resolution r = new Disambiguator(g).resolve(text, Toponyms.find(text, "Cheshire"), null, Set.of()).get(0);
    assertEquals("GBR", r.entry().country(), "the English county, not Cheshire, Connecticut");
  }

  @Test
  void formerDivisionsAndRegionsNewsStillNames() {
    String text = "Troops moved into the FATA after clashes near Nagorno-Karabakh and in the Urals.";
    List<Resolution> rs = new Disambiguator(g).resolve(text, Toponyms.find(text, "FATA", "Nagorno-Karabakh", "Urals"),
        null, Set.of());
    assertEquals("PAK", rs.get(0).entry().country());
    assertEquals("ADM1H", rs.get(0).entry().featureCode());
    assertEquals("RGN", rs.get(1).entry().featureCode());
    assertEquals(40, rs.get(1).entry().lat(), 1);
    assertEquals("Ural Mountains", rs.get(2).entry().name());
    // A division named "... Agency" is also called without the word.
    assertTrue(g.lookup("South Waziristan").stream().anyMatch(e -> e.isAdmin2() && e.country().equals("PAK")));
  }

  private static Resolution resolve(Disambiguator d, String text, String first) {
    List<Toponym> spans = Toponyms.find(text, "Paris", "Texas");
    List<Resolution> rs = d.resolve(text, spans, null, Set.of());
    return rs.stream().filter(r -> r.toponym().text().equals(first)).findFirst().orElseThrow();
  }

  /** Spans of the given names in a text, for tests. */
  static final class Toponyms {
    static List<Toponym> find(String text, String... names) {
      List<Toponym> out = new java.util.ArrayList<>();
      for (String n : names) {
        for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) out.add(new Toponym(n, i, i + n.length()));
      }
      out.sort(java.util.Comparator.comparingInt(Toponym::start));
      return out;
    }
  }
}

package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.util.Tsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GDELT 2.0 rows written for events stored in a real DuckDB file: columns, codes and formats. */
class GdeltExportTest {
  @TempDir static Path dir;
  static Map<String, String[]> byActor2 = new HashMap<>();
  static List<String[]> mentions;

  // GDELT's column numbers (from 0) in the event table.
  static final int SQLDATE = 1, MONTHYEAR = 2, YEAR = 3, FRACTION = 4, A1_CODE = 5, A1_NAME = 6, A1_COUNTRY = 7,
      A1_TYPE1 = 12, A2_CODE = 15, ROOT_EVENT = 25, CODE = 26, BASE = 27, ROOT = 28, QUAD = 29,
      ACTOR1_GEO = 35, ACTION_GEO = 51, DATEADDED = 59, URL = 60;

  @BeforeAll
  static void export() throws Exception {
    String[][] events = {
        // actor1, actor2, cameo, place name, ISO country, lat, lon
        {"KOR", "PRK", "112", "Seoul", "KOR", "37.566", "126.9784"},
        {"USAGOV", "CHN", "036", "Los Angeles", "USA", "34.0522", "-118.2437"},
        {"USA", "MEX", "042", "California", "USA", "37.2036", "-119.8288"},
        {"DEU", "RUS", "02", "Germany", "DEU", null, null},
        {"GBR", "IRN", "111", "London", "GBR", "51.5085", "-0.1257"},
        {"JPN", "AUS", "057", "Tokyo", "JPN", "35.6895", "139.6917"},
        {"ISR", "PSE", "190", "Gaza City", "PSE", "31.5016", "34.4667"},
        {"UNO", "SDN", "1041", null, null, null, null},
    };
    try (Store s = Store.open(dir.resolve("g.db"))) {
      for (int i = 0; i < events.length; i++) {
        String[] e = events[i];
        var place = e[3] == null ? null : Docs.place(e[3], e[4], e[5] == null ? null : Double.valueOf(e[5]),
            e[6] == null ? null : Double.valueOf(e[6]));
        String text = StoreTest.text(40 + i, 60);
        s.put(Docs.doc("d" + i, "2024-03-10", "Wire", text, Docs.event(e[0], e[1], e[2], "2024-03-10", place, text)), 3);
      }
      for (String line : lines(w -> GdeltExport.events(s.connection(), w, false))) {
        String[] c = line.split("\t", -1);
        byActor2.put(c[A2_CODE], c);
      }
      mentions = lines(w -> GdeltExport.mentions(s.connection(), w, false)).stream().map(l -> l.split("\t", -1)).toList();
    }
  }

  interface Export {
    long to(StringWriter w) throws Exception;
  }

  static List<String> lines(Export e) throws Exception {
    StringWriter w = new StringWriter();
    long n = e.to(w);
    List<String> out = w.toString().lines().toList();
    assertEquals(n, out.size());
    return out;
  }

  /** The eight ActionGeo columns of the event whose Actor2 is this. */
  static String[] actionGeo(String actor2) {
    String[] c = byActor2.get(actor2);
    return java.util.Arrays.copyOfRange(c, ACTION_GEO, ACTION_GEO + 8);
  }

  @Test
  void everyRowHasGdeltsColumnCount() {
    assertEquals(8, byActor2.size());
    for (String[] c : byActor2.values()) assertEquals(61, c.length);
    assertEquals(8, mentions.size());
    for (String[] m : mentions) assertEquals(16, m.length);
  }

  /** The cells at these columns. */
  static List<String> cells(String[] row, int... columns) {
    return java.util.Arrays.stream(columns).mapToObj(i -> row[i]).toList();
  }

  @Test
  void datesAndCodesFollowTheCodebook() {
    String[] c = byActor2.get("PRK");
    // 2024 + (2 * 30 + 10) / 365; actor countries stay CAMEO codes; said in the lead sentence.
    assertEquals(List.of("20240310", "202403", "2024", "2024.1918", "KOR", "KOR NAME", "KOR", "1"),
        cells(c, SQLDATE, MONTHYEAR, YEAR, FRACTION, A1_CODE, A1_NAME, A1_COUNTRY, ROOT_EVENT));
    assertEquals(List.of("112", "112", "11", "3", "https://example.org/d0"), cells(c, CODE, BASE, ROOT, QUAD, URL));
    LocalDateTime added = LocalDateTime.parse(c[DATEADDED], DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    assertTrue(Duration.between(added.toInstant(ZoneOffset.UTC), Instant.now()).abs().toMinutes() < 10,
        "DATEADDED is now, in UTC: " + c[DATEADDED]);
    assertEquals(List.of("GOV", "USA"), cells(byActor2.get("CHN"), A1_TYPE1, A1_COUNTRY));
    assertEquals(List.of("1041", "104", "10"), cells(byActor2.get("SDN"), CODE, BASE, ROOT));
    assertEquals(List.of("020", "020", "02"), cells(byActor2.get("RUS"), CODE, BASE, ROOT),
        "a bare root is written with three digits");
  }

  @Test
  void geographicColumnsUseFipsCodesAndGeoTypes() {
    // Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID
    assertEquals(List.of("4", "Seoul, Seoul, South Korea", "KS", "KS11", "", "37.566", "126.9784", "1835848"),
        List.of(actionGeo("PRK")), "a city outside the US");
    assertEquals(List.of("3", "Los Angeles, California, United States", "US", "USCA"),
        cells(actionGeo("CHN"), 0, 1, 2, 3), "a US city");
    assertEquals(List.of("2", "California, United States", "US", "USCA", "CA"), cells(actionGeo("MEX"), 0, 1, 2, 3, 7));
    String[] germany = actionGeo("RUS");
    assertEquals(List.of("1", "Germany", "GM", "GM", "GM"), cells(germany, 0, 1, 2, 3, 7));
    assertTrue(!germany[5].isEmpty() && !germany[6].isEmpty(), "a country gets its centroid");
    assertEquals(List.of("UK", "UKENG"), cells(actionGeo("IRN"), 2, 3));
    assertEquals("JA", actionGeo("AUS")[2]);
    assertEquals(List.of("4", "Gaza, Gaza Strip", "GZ", "GZ"), cells(actionGeo("PSE"), 0, 1, 2, 3),
        "FIPS codes the Gaza Strip as a country of its own");
    assertEquals(List.of("0", "", "", "", "", "", "", ""), List.of(actionGeo("SDN")), "no place");
    String[] actor1Geo = java.util.Arrays.copyOfRange(byActor2.get("PRK"), ACTOR1_GEO, ACTOR1_GEO + 8);
    assertEquals("0", actor1Geo[0], "where the actors are is not known");
  }

  @Test
  void mentionsFollowTheCodebook() {
    String[] m = mentions.get(0);
    assertTrue(m[1].matches("\\d{14}"), m[1]);
    assertEquals(m[1], m[2], "the first mention is found when the event is");
    // Event id, MentionType WEB, the page's domain, its URL, SentenceID from 1, InRawText, Confidence.
    assertEquals(List.of("1", "1", "example.org", "https://example.org/d0", "1", "1", "80"),
        cells(m, 0, 3, 4, 5, 6, 10, 11));
    assertTrue(Integer.parseInt(m[12]) > 100, m[12]);
  }

  @Test
  void knownGroupSourceNameAndFractionDate() {
    assertEquals("UNO", GdeltExport.knownGroup("UNO", "IGO"));
    assertEquals("UNO", GdeltExport.knownGroup("IGOUNOKID", "IGO"));
    assertEquals("AMN", GdeltExport.knownGroup("AMN", "NGO"));
    assertNull(GdeltExport.knownGroup("USAGOV", "GOV"));
    assertEquals("bbc.co.uk", GdeltExport.sourceName("https://www.bbc.co.uk/news/1", "BBC"));
    assertEquals("BBC", GdeltExport.sourceName("bbc-123", "BBC"));
    assertEquals("2024.0027", GdeltExport.fractionDate(LocalDate.of(2024, 1, 1)));
    assertEquals("2024.9890", GdeltExport.fractionDate(LocalDate.of(2024, 12, 31)));
  }

  @Test
  void everyCountryHasAFipsRowAndTheTrapsAreRight() {
    int countries = 0;
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/countries.tsv")) {
      countries++;
      assertTrue(Fips.name(r.get("iso3")) != null, "no FIPS row for " + r.get("iso3"));
    }
    assertEquals(countries, Tsv.resource("/dateline/knowledge/fips10-4.tsv").size());
    Map<String, String> traps = Map.ofEntries(Map.entry("AUS", "AS"), Map.entry("AUT", "AU"), Map.entry("ESP", "SP"),
        Map.entry("CHE", "SZ"), Map.entry("SWE", "SW"), Map.entry("DEU", "GM"), Map.entry("GRC", "GR"),
        Map.entry("IRQ", "IZ"), Map.entry("IRN", "IR"), Map.entry("ISR", "IS"), Map.entry("IRL", "EI"),
        Map.entry("PHL", "RP"), Map.entry("VNM", "VM"), Map.entry("MMR", "BM"), Map.entry("LKA", "CE"),
        Map.entry("TUR", "TU"), Map.entry("TKM", "TX"), Map.entry("GBR", "UK"), Map.entry("CHN", "CH"),
        Map.entry("JPN", "JA"), Map.entry("KOR", "KS"), Map.entry("PRK", "KN"), Map.entry("RUS", "RS"),
        Map.entry("USA", "US"), Map.entry("SRB", "RI"), Map.entry("UKR", "UP"), Map.entry("SSD", "OD"));
    traps.forEach((iso, fips) -> assertEquals(fips, Fips.code(iso), iso));
    assertEquals("KS", Fips.code("KR"));
    assertEquals("WE", Fips.code("PSE"));
    assertNull(Fips.code("UMI"), "no single code for the US minor islands");
  }
}

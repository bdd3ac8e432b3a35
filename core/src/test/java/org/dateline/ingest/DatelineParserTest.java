package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineParserTest {
  @Test
  void wireHeaderGivesDateAndSourceAndIsRemoved() {
    String raw = " date 2023-11-26 (Bloomberg) -- The ministers met in Busan.\n\nMore text.";
    DatelineParser.Result r = DatelineParser.parse(raw, null);
    assertEquals(LocalDate.of(2023, 11, 26), r.date());
    assertEquals("Bloomberg", r.source());
    assertEquals("The ministers met in Busan.\n\nMore text.", r.body());
    assertEquals(raw.indexOf("The ministers"), r.bodyOffset());
  }

  @Test
  void agencyDatelineWithDayTakesYearFromReference() {
    String raw = "SEOUL, Nov 26 (Reuters) - South Korea said on Sunday it would resume talks.";
    DatelineParser.Result r = DatelineParser.parse(raw, LocalDate.of(2023, 11, 27));
    assertEquals("SEOUL", r.dateline().place());
    assertEquals(LocalDate.of(2023, 11, 26), r.date());
    assertEquals("Reuters", r.source());
    assertTrue(r.body().startsWith("South Korea said"));
  }

  @Test
  void datelineDayNearestToReferenceCrossesNewYear() {
    DatelineParser.Result r = DatelineParser.parse("TOKYO, Dec. 31 (Kyodo) - Text here.", LocalDate.of(2024, 1, 2));
    assertEquals(LocalDate.of(2023, 12, 31), r.date());
  }

  @Test
  void placeWithRegionAndEmDash() {
    DatelineParser.Result r = DatelineParser.parse("BUSAN, South Korea (AP) — Foreign ministers met.", null);
    assertEquals("BUSAN, South Korea", r.dateline().place());
    assertEquals("AP", r.source());
    assertEquals("Foreign ministers met.", r.body());
  }

  @Test
  void bareCapitalisedPlaceAndDash() {
    DatelineParser.Result r = DatelineParser.parse("WASHINGTON — The White House said on Monday.", null);
    assertEquals("WASHINGTON", r.dateline().place());
    assertNull(r.source());
    assertNull(r.date());
    assertEquals("The White House said on Monday.", r.body());
  }

  @Test
  void multiWordPlaceAfterHeader() {
    String raw = " date 2024-03-12 (Dateline Wire) -- SAN FRANCISCO, March 12 (Dateline Wire) - Leaders met.";
    DatelineParser.Result r = DatelineParser.parse(raw, null);
    assertEquals("SAN FRANCISCO", r.dateline().place());
    assertEquals(LocalDate.of(2024, 3, 12), r.date());
    assertEquals("Leaders met.", r.body());
    assertEquals(raw.indexOf("Leaders"), r.bodyOffset());
  }

  @Test
  void ordinarySentenceIsNotADateline() {
    String raw = "NATO said on Tuesday that it would send more troops.";
    DatelineParser.Result r = DatelineParser.parse(raw, null);
    assertNull(r.dateline());
    assertEquals(raw, r.body());
    assertEquals(0, r.bodyOffset());
  }

  @Test
  void fullDateInDateline() {
    DatelineParser.Result r = DatelineParser.parse("GENEVA, June 4, 2024 (Example News) - Talks began.", null);
    assertEquals(LocalDate.of(2024, 6, 4), r.date());
  }
}

package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  private static final LocalDate D = LocalDate.of(2023, 11, 26);

  @Test
  void formsThatMetadataUses() {
    assertEquals(D, Dates.parse("2023-11-26"));
    assertEquals(D, Dates.parse("2023-11-26T23:30:00-05:00"));
    assertEquals(D, Dates.parse("Sun, 26 Nov 2023 10:00:00 GMT"));
    assertEquals(D, Dates.parse("November 26, 2023"));
    assertEquals(D, Dates.parse("Nov. 26, 2023"));
    assertEquals(D, Dates.parse("26 November 2023"));
    assertEquals(D, Dates.parse("2023/11/26"));
  }

  @Test
  void notADate() {
    assertNull(Dates.parse("yesterday"));
    assertNull(Dates.parse("2023-13-45"));
    assertNull(Dates.parse(""));
  }
}

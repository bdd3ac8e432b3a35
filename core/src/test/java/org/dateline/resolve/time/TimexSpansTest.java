package org.dateline.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TimexSpansTest {
  @Test
  void lastDaysOfPeriods() {
    assertEquals("2018-12-31", TimexSpans.lastDay("2018").toString());
    assertEquals("2018-02-28", TimexSpans.lastDay("2018-02").toString());
    assertEquals("2019-03-10", TimexSpans.lastDay("2019-W10").toString());
    // seasons as the time resolver reads them (Periods): summer is June to August
    assertEquals("2018-08-31", TimexSpans.lastDay("2018-SU").toString());
    assertEquals("2019-06-30", TimexSpans.lastDay("2019-Q2").toString());
    assertNull(TimexSpans.lastDay("PAST_REF"));
  }
}

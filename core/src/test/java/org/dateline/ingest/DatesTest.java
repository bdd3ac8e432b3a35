package org.dateline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms of publication dates met in real metadata, each with the date it must give. */
class DatesTest {
  /** Form as written, then the date it gives (the local date as written, never shifted by its zone). */
  private static final String[][] FORMS = {
      // the forms of issue 16, as one geo corpus writes them
      {"Dec 17, 2016 8:46 AM ET", "2016-12-17"},
      {"2016 Oct 10", "2016-10-10"},
      {"11/28/2016", "2016-11-28"},
      {"7 December 2016 GMT", "2016-12-07"},
      {"9:55 AM ET, Sun January 4, 2015", "2015-01-04"},
      {"APRIL 26, 2016 - 12:25AM EDT", "2016-04-26"},
      {"Wed Nov 23, 2016 | 4:58pm EST", "2016-11-23"},
      {"DEC. 14, 2016, 2:54 AM EST", "2016-12-14"},
      {"December 17, 2016 4:45:51 EST PM", "2016-12-17"},
      {"8:56 AM, Dec 08, 2016 CT", "2016-12-08"},
      {"December 9th 2016", "2016-12-09"},
      {"Nov. 22, 2015 MST", "2015-11-22"},
      {"June 27, 2016 15:41:4", "2016-06-27"},
      // ISO 8601 and machine forms
      {"2023-11-26", "2023-11-26"},
      {"2023-11-26T23:30:00-05:00", "2023-11-26"},
      {"2023-11-26T23:30:00.000Z", "2023-11-26"},
      {"2023-11-26 23:30:00", "2023-11-26"},
      {"2023-11-26T02:10+09:00", "2023-11-26"},
      {"20231126", "2023-11-26"},
      {"20231126T081500Z", "2023-11-26"},
      {"2023/11/26", "2023-11-26"},
      {"2023.11.26", "2023-11-26"},
      {"1700985600", "2023-11-26"},
      {"1700985600000", "2023-11-26"},
      // RFC 1123 / 822 and JavaScript's Date
      {"Sun, 26 Nov 2023 10:00:00 GMT", "2023-11-26"},
      {"Sun, 26 Nov 2023 23:59:59 -0500", "2023-11-26"},
      {"Sun Nov 26 2023 08:15:00 GMT+0100 (Central European Standard Time)", "2023-11-26"},
      // words
      {"November 26, 2023", "2023-11-26"},
      {"Nov. 26, 2023", "2023-11-26"},
      {"Nov 26 2023", "2023-11-26"},
      {"26 November 2023", "2023-11-26"},
      {"26-Nov-2023", "2023-11-26"},
      {"Sunday, November 26, 2023", "2023-11-26"},
      {"Sunday 26th November 2023", "2023-11-26"},
      {"the 26th of November, 2023", "2023-11-26"},
      {"Sept. 3, 2023", "2023-09-03"},
      {"March 1st, 2024", "2024-03-01"},
      {"May 22nd 2024 at 7 p.m. BST", "2024-05-22"},
      {"Published: 3rd June 2024", "2024-06-03"},
      {"Updated 8:46 a.m. ET Nov. 28, 2016", "2016-11-28"},
      {"Posted on November 28, 2016 at 11:30 pm PST", "2016-11-28"},
      {"28 Nov 2016 08:46 +0100", "2016-11-28"},
      {"Mon, 28 Nov 2016 08:46:00 UTC", "2016-11-28"},
      {"NOVEMBER 28, 2016 / 8:46 AM / UPDATED", "2016-11-28"},
      // numbers alone: American month first, day first after dots, a day over 12 settles it
      {"11/28/16", "2016-11-28"},
      {"3/4/2016", "2016-03-04"},
      {"28/11/2016", "2016-11-28"},
      {"28.11.2016", "2016-11-28"},
      {"04.03.2016", "2016-03-04"},
      {"11-28-2016", "2016-11-28"},
      {"11/28/2016 8:46:00 AM", "2016-11-28"},
      // a late hour in a western zone stays on the day written
      {"December 31, 2016 11:59 PM PST", "2016-12-31"},
  };

  @Test
  void everyFormGivesItsDate() {
    List<String> wrong = new ArrayList<>();
    for (String[] f : FORMS) {
      LocalDate expected = LocalDate.parse(f[1]);
      LocalDate got;
      try {
        got = Dates.parse(f[0]);
      } catch (Dates.UnreadableDateException e) {
        got = null;
      }
      if (!expected.equals(got)) wrong.add(f[0] + " -> " + got + " (expected " + expected + ")");
    }
    assertEquals(List.of(), wrong);
    assertTrue(FORMS.length >= 40, "the table lists at least 40 forms: " + FORMS.length);
  }

  @Test
  void noTextIsNoDate() {
    assertNull(Dates.parse(""));
    assertNull(Dates.parse("   "));
    assertNull(Dates.parse(null));
  }

  @Test
  void anUnreadableDateIsAFailureNamingTheValue() {
    for (String bad : List.of("yesterday", "2023-13-45", "February 30, 2023", "Nov 2023", "26 Nov", "soon 12 2023",
        "13/13/2023", "99999")) {
      var e = assertThrows(Dates.UnreadableDateException.class, () -> Dates.parse(bad), bad);
      assertEquals("unreadable date \"" + bad + "\"", e.getMessage());
    }
  }

  @Test
  void aMonthAndDayWithoutAYearTakeTheNearestYear() {
    var md = Dates.parseMonthDay("Dec. 30");
    assertEquals(LocalDate.of(2023, 12, 30), Dates.nearest(md, LocalDate.of(2024, 1, 2)));
    assertNull(Dates.parseMonthDay("Dec 2023"));
  }
}

package org.dateline.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar alone, on expressions written for these tests, read in a story dated Tuesday
 * 2023-11-28 unless a row says otherwise. Columns: words | tense | type | value | mod.
 */
class TimeGrammarTest {
  private static final LocalDate TUESDAY = LocalDate.of(2023, 11, 28);
  private final TimeGrammar grammar = new TimeGrammar();

  private Reading read(String text, Tense tense) {
    return grammar.read(text, new Context(TUESDAY, tense, null, null));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Nov. 26                   | PAST    | DATE | 2023-11-26 | -
      26 November 2023          | UNKNOWN | DATE | 2023-11-26 | -
      November 26, 2023         | UNKNOWN | DATE | 2023-11-26 | -
      2023-11-26                | UNKNOWN | DATE | 2023-11-26 | -
      11/26/2023                | UNKNOWN | DATE | 2023-11-26 | -
      26/11/2023                | UNKNOWN | DATE | 2023-11-26 | -
      Dec. 5                    | FUTURE  | DATE | 2023-12-05 | -
      Jan. 14                   | FUTURE  | DATE | 2024-01-14 | -
      Friday, Nov. 24           | PAST    | DATE | 2023-11-24 | -
      2019                      | PAST    | DATE | 2019       | -
      fiscal 2024               | FUTURE  | DATE | 2024       | -
      """)
  void absoluteDates(String text, Tense tense, String type, String value, String mod) {
    check(text, tense, type, value, mod);
  }

  @Test
  void numericDatesOnlyWhenUnambiguous() {
    assertNull(read("03/04/2023", Tense.UNKNOWN));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Wednesday                 | PAST    | DATE | 2023-11-22 | -
      Wednesday                 | FUTURE  | DATE | 2023-11-29 | -
      Tuesday                   | PAST    | DATE | 2023-11-28 | -
      Sunday                    | UNKNOWN | DATE | 2023-11-26 | -
      Friday                    | UNKNOWN | DATE | 2023-12-01 | -
      last Friday               | UNKNOWN | DATE | 2023-11-24 | -
      next Monday               | UNKNOWN | DATE | 2023-12-04 | -
      today                     | PRESENT | DATE | 2023-11-28 | -
      yesterday                 | PAST    | DATE | 2023-11-27 | -
      tomorrow                  | FUTURE  | DATE | 2023-11-29 | -
      tonight                   | FUTURE  | TIME | 2023-11-28TNI | -
      this morning              | PAST    | TIME | 2023-11-28TMO | -
      last night                | PAST    | TIME | 2023-11-27TNI | -
      Wednesday night           | PAST    | TIME | 2023-11-22TNI | -
      9 a.m.                    | UNKNOWN | TIME | 2023-11-28T09:00 | -
      5:30 p.m. EST Friday      | PAST    | TIME | 2023-11-24T17:30 | -
      18:00 UTC                 | UNKNOWN | TIME | 2023-11-28T18:00Z | -
      """)
  void daysAndTimes(String text, Tense tense, String type, String value, String mod) {
    check(text, tense, type, value, mod);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      last week                 | PAST    | DATE | 2023-W47 | -
      this week                 | PRESENT | DATE | 2023-W48 | -
      next week                 | FUTURE  | DATE | 2023-W49 | -
      last month                | PAST    | DATE | 2023-10  | -
      this month                | PAST    | DATE | 2023-11  | -
      next month                | FUTURE  | DATE | 2023-12  | -
      last year                 | PAST    | DATE | 2022     | -
      this year                 | PRESENT | DATE | 2023     | -
      next year                 | FUTURE  | DATE | 2024     | -
      the past year             | PAST    | DATE | 2022     | -
      two days ago              | PAST    | DATE | 2023-11-26 | -
      three years ago           | PAST    | DATE | 2020     | -
      six weeks ago             | PAST    | DATE | 2023-W42 | -
      a month ago               | PAST    | DATE | 2023-10  | -
      in three weeks            | FUTURE  | DATE | 2023-W51 | -
      in two years              | FUTURE  | DATE | 2025     | -
      a year from now           | FUTURE  | DATE | 2024     | -
      several years ago         | PAST    | DATE | PAST_REF | -
      """)
  void relativeToTheArticleDate(String text, Tense tense, String type, String value, String mod) {
    check(text, tense, type, value, mod);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      August                    | PAST    | DATE | 2023-08 | -
      in August                 | PAST    | DATE | 2023-08 | -
      in August                 | FUTURE  | DATE | 2024-08 | -
      December                  | PAST    | DATE | 2022-12 | -
      December                  | UNKNOWN | DATE | 2023-12 | -
      January                   | UNKNOWN | DATE | 2024-01 | -
      August 2019               | PAST    | DATE | 2019-08 | -
      July last year            | PAST    | DATE | 2022-07 | -
      October of next year      | FUTURE  | DATE | 2024-10 | -
      last April                | PAST    | DATE | 2023-04 | -
      next March                | FUTURE  | DATE | 2024-03 | -
      this summer               | PAST    | DATE | 2023-SU | -
      last winter               | PAST    | DATE | 2022-WI | -
      spring 2024               | FUTURE  | DATE | 2024-SP | -
      the summer                | FUTURE  | DATE | 2024-SU | -
      the third quarter         | PAST    | DATE | 2023-Q3 | -
      third-quarter             | FUTURE  | DATE | 2023-Q3 | -
      the fourth quarter of 2022 | PAST   | DATE | 2022-Q4 | -
      the first half of 2024    | FUTURE  | DATE | 2024-H1 | -
      last quarter              | PAST    | DATE | 2023-Q3 | -
      the 1990s                 | PAST    | DATE | 199     | -
      the '80s                  | PAST    | DATE | 198     | -
      the nineties              | PAST    | DATE | 199     | -
      the 20th century          | PAST    | DATE | 19      | -
      Christmas                 | FUTURE  | DATE | 2023-12-25 | -
      Thanksgiving              | PAST    | DATE | 2023-11-23 | -
      """)
  void monthsSeasonsQuartersDecades(String text, Tense tense, String type, String value, String mod) {
    check(text, tense, type, value, mod);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      early 2024                | FUTURE  | DATE | 2024    | START
      early in 2024             | FUTURE  | DATE | 2024    | START
      mid-2024                  | FUTURE  | DATE | 2024    | MID
      late last year            | PAST    | DATE | 2022    | END
      the end of this year      | FUTURE  | DATE | 2023    | END
      the end of the year       | FUTURE  | DATE | 2023    | END
      the beginning of next month | FUTURE | DATE | 2023-12 | START
      mid-November              | PAST    | DATE | 2023-11 | MID
      the early 1990s           | PAST    | DATE | 199     | START
      """)
  void partsOfAPeriod(String text, Tense tense, String type, String value, String mod) {
    check(text, tense, type, value, mod);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      four hours                | PAST    | DURATION | PT4H   | -
      a year                    | PAST    | DURATION | P1Y    | -
      two and a half years      | PAST    | DURATION | P2Y6M  | -
      2 1/2 hours               | PAST    | DURATION | PT2H30M | -
      half an hour              | PAST    | DURATION | PT30M  | -
      the past two months       | PAST    | DURATION | P2M    | -
      the next six months       | FUTURE  | DURATION | P6M    | -
      the first nine months     | PAST    | DURATION | P9M    | -
      18-month                  | PAST    | DURATION | P18M   | -
      a five-year               | PAST    | DURATION | P5Y    | -
      twenty four hours         | PAST    | DURATION | PT24H  | -
      a decade                  | PAST    | DURATION | P10Y   | -
      several weeks             | PAST    | DURATION | PXW    | -
      six straight days         | PAST    | DURATION | P6D    | -
      three days later          | PAST    | DURATION | P3D    | -
      every year                | PRESENT | SET      | P1Y    | -
      each week                 | PRESENT | SET      | P1W    | -
      every two weeks           | PRESENT | SET      | P2W    | -
      every other month         | PRESENT | SET      | P2M    | -
      twice a year              | PRESENT | SET      | P1Y    | -
      three times a week        | PRESENT | SET      | P1W    | -
      annually                  | PRESENT | SET      | P1Y    | -
      every Monday              | PRESENT | SET      | XXXX-WXX-1 | -
      Tuesday nights            | PRESENT | SET      | XXXX-WXX-2TNI | -
      """)
  void lengthsAndRepetitions(String text, Tense tense, String type, String value, String mod) {
    check(text, tense, type, value, mod);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      now                       | PRESENT | DATE | PRESENT_REF | -
      currently                 | PRESENT | DATE | PRESENT_REF | -
      recently                  | PAST    | DATE | PAST_REF    | -
      in the past               | PAST    | DATE | PAST_REF    | -
      recent years              | PAST    | DATE | PAST_REF    | -
      the past few months       | PAST    | DATE | PAST_REF    | -
      the future                | FUTURE  | DATE | FUTURE_REF  | -
      soon                      | FUTURE  | DATE | FUTURE_REF  | -
      the coming months         | FUTURE  | DATE | FUTURE_REF  | -
      the near term             | FUTURE  | DATE | FUTURE_REF  | -
      """)
  void vagueReferences(String text, Tense tense, String type, String value, String mod) {
    check(text, tense, type, value, mod);
  }

  @Test
  void aYearAgoInAnEarningsStoryIsTheQuarterAYearBack() {
    Reading r = grammar.read("a year earlier", new Context(TUESDAY, Tense.PAST, "2023-Q3", "2023-Q3"));
    assertEquals("2022-Q3", r.value());
    r = grammar.read("the same period last year", new Context(TUESDAY, Tense.PAST, null, "2023-10"));
    assertEquals("2022-10", r.value());
    assertEquals("2022", read("a year ago", Tense.PAST).value());
  }

  @Test
  void wordsItCannotReadGiveNoReading() {
    assertNull(read("the Joint Strike Fighter program", Tense.PAST));
    assertNull(read("the year", Tense.PAST));
  }

  private void check(String text, Tense tense, String type, String value, String mod) {
    Reading r = read(text, tense);
    assertNotNull(r, text);
    assertEquals(value, r.value(), text);
    assertEquals(type, r.type(), text);
    if (mod != null) assertEquals(mod, r.mod(), text);
  }
}

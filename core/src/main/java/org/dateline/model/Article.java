package org.dateline.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * One news article as read, before any analysis.
 *
 * @param id         stable identifier (file name stem, JSON Lines id, ...)
 * @param date       publication date; never null once an article is accepted for coding
 * @param source     publisher, e.g. "Bloomberg"; may be null
 * @param title      headline; may be null
 * @param url        address of the original; may be null
 * @param text       the text that is analysed: the body, with header and dateline removed
 * @param bodyOffset where {@code text} starts in the original input (characters)
 * @param dateline   what the header or dateline said, or null
 * @param extra      fields of the input that Dateline does not interpret, carried through to the output
 * @param origin     where it came from, for messages: "samples/a.txt", "feed.jsonl:12"
 */
public record Article(String id, LocalDate date, String source, String title, String url, String text,
                      int bodyOffset, Dateline dateline, Map<String, Object> extra, String origin) {
  public Article {
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }
}

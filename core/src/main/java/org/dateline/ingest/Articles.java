package org.dateline.ingest;

import java.time.LocalDate;
import java.util.Map;
import org.dateline.model.Article;

/** Builds an {@link Article} from text and what metadata said, removing the header and dateline. */
final class Articles {
  private Articles() {}

  /**
   * Metadata found outside the text (JSON fields, HTML meta tags); any part may be null.
   *
   * @param unreadableDate a date the metadata gave that could not be read, with where it was
   *                       ("\"date\" field \"soon\""); it fails the article unless --date gives a default
   */
  record Meta(String id, LocalDate date, String unreadableDate, String source, String title, String url,
              Map<String, Object> extra) {
    static Meta of(String id) {
      return new Meta(id, null, null, null, null, null, Map.of());
    }
  }

  /**
   * @param bodyStart where {@code text} starts in the original input (non-zero for HTML and JSON,
   *                  where the text is a field; offsets then refer to the field's text)
   */
  static Article build(String text, Meta meta, String origin, IngestOptions options) throws BadInputException {
    if (text == null || text.isBlank()) throw new BadInputException("no text", "record has no text");
    LocalDate reference = meta.date() != null ? meta.date() : options.date();
    DatelineParser.Result parsed = DatelineParser.parse(text, reference);
    if (parsed.body().isBlank()) {
      throw new BadInputException("no text", "nothing follows the header: the article has no body");
    }
    if (options.maxBytes() > 0 && parsed.body().length() > options.maxBytes()) {
      throw new BadInputException("too large", "text of " + parsed.body().length()
          + " characters is over the limit of " + options.maxBytes() + " (--max-bytes)");
    }
    // The header states the story's own date; metadata and options fill in what it lacks.
    LocalDate date = first(parsed.date(), meta.date(), options.date());
    String unreadable = parsed.unreadableDate() != null ? parsed.unreadableDate() : meta.unreadableDate();
    if (date == null && unreadable != null) {
      throw new BadInputException("bad date", unreadable + " is not a date; give a default with --date YYYY-MM-DD");
    }
    if (date == null) {
      String hint = parsed.dateline() != null && parsed.dateline().place() != null
          && parsed.dateline().date() == null && parsed.dateline().text().matches("(?s).*\\d.*")
          ? " (its dateline gives a day without a year)" : "";
      throw new BadInputException("no date",
          "missing date: no date header, dateline or date field" + hint + "; give one with --date YYYY-MM-DD");
    }
    String source = first(parsed.source(), meta.source(), options.source());
    return new Article(meta.id(), date, source, meta.title(), meta.url(), parsed.body(), parsed.bodyOffset(),
        parsed.dateline(), meta.extra(), origin);
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) return v;
    }
    return null;
  }
}

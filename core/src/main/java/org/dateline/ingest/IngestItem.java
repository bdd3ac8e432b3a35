package org.dateline.ingest;

import org.dateline.model.Article;

/** What reading one input gives: an article ready for coding, or a failure that names the input. */
public sealed interface IngestItem permits IngestItem.Ok, IngestItem.Failed {

  /** Name of the input for messages: a path, "path:line" for JSON Lines, "-" for standard input. */
  String input();

  record Ok(Article article) implements IngestItem {
    @Override public String input() { return article.origin(); }
  }

  /**
   * @param reason short category for the summary ("empty", "binary", "not UTF-8", ...)
   * @param detail one clear sentence about the problem
   */
  record Failed(String input, String reason, String detail) implements IngestItem {
    public String message() { return input + ": " + detail; }
  }
}

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
   * @param cause  the exception behind an unexpected failure, whose stack belongs in a log; null for
   *               input that is simply bad
   */
  record Failed(String input, String reason, String detail, Throwable cause) implements IngestItem {
    public Failed(String input, String reason, String detail) {
      this(input, reason, detail, null);
    }

    /** An unexpected exception or error met while handling one input, e.g. "reading failed: ...". */
    public static Failed of(String input, String reason, String what, Throwable cause) {
      return new Failed(input, reason, what + ": " + oneLine(cause), cause);
    }

    public String message() { return input + ": " + detail; }
  }

  /** The exception's kind and the first line of its message, kept short enough for one line of a report. */
  static String oneLine(Throwable t) {
    String msg = t.getMessage() == null ? "" : t.getMessage().strip();
    int nl = msg.indexOf('\n');
    if (nl >= 0) msg = msg.substring(0, nl).strip() + " ...";
    if (msg.length() > 200) msg = msg.substring(0, 200) + "...";
    return t.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg);
  }

  /**
   * Whether a failure of this kind can be held to the one input it happened on: every exception,
   * a stack overflow (the stack is unwound by the time it is caught) and running out of memory (what
   * the input took is garbage then). Other errors (a class missing, the JVM's own) are not the
   * input's doing and would recur for every input, so they end the run.
   */
  static boolean perInput(Throwable t) {
    return t instanceof Exception || t instanceof StackOverflowError || t instanceof OutOfMemoryError;
  }

  /** Rethrows what {@link #perInput} refuses to hold to one input. */
  static void rethrowFatal(Throwable t) {
    if (!perInput(t)) throw (Error) t;
  }
}

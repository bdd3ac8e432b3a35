package org.dateline.ingest;

/** An input that cannot be coded; {@code reason} is the short category used in summaries. */
public class BadInputException extends Exception {
  private final String reason;

  public BadInputException(String reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public String reason() { return reason; }
}

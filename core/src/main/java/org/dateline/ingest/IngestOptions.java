package org.dateline.ingest;

import java.time.LocalDate;

/**
 * How to read inputs.
 *
 * @param date     publication date for inputs that give none (plain text), or null
 * @param source   publisher for inputs that give none, or null
 * @param maxBytes largest document accepted, in bytes
 */
public record IngestOptions(LocalDate date, String source, long maxBytes) {
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public static IngestOptions defaults() {
    return new IngestOptions(null, null, DEFAULT_MAX_BYTES);
  }
}

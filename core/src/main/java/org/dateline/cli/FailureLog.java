package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where the stacks of unexpected failures go, one entry per failed input, so that standard error
 * keeps one line per input. The file is made on the first entry only: a clean run leaves none.
 */
final class FailureLog {
  private final Path path;
  private PrintWriter out;
  private int entries;
  private boolean broken;

  FailureLog(Path path) {
    this.path = path;
  }

  /** A fresh file in the temporary folder, named by the time and the process. */
  static FailureLog inTemp() {
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
    return new FailureLog(Path.of(System.getProperty("java.io.tmpdir"),
        "dateline-errors-" + stamp + "-" + ProcessHandle.current().pid() + ".log"));
  }

  Path path() { return path; }

  /** How many stacks were written. */
  synchronized int entries() { return entries; }

  /** Writes one entry; true if it was written (a log that cannot be written must not fail the batch). */
  synchronized boolean write(String input, String message, Throwable cause) {
    if (broken) return false;
    try {
      if (out == null) {
        if (path.getParent() != null) Files.createDirectories(path.getParent());
        out = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
      }
      out.println("== " + Instant.now() + " " + input);
      out.println(message);
      cause.printStackTrace(out);
      out.println();
      entries++;
      return !out.checkError();
    } catch (IOException | RuntimeException e) {
      broken = true;
      return false;
    }
  }

  /** Closes the file; a later entry opens it again and appends. */
  synchronized void close() {
    if (out != null) out.close();
    out = null;
  }
}

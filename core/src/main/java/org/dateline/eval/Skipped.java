package org.dateline.eval;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A record of a gold set that was not scored: where it is (file and line, or id) and why, in one
 * line. A malformed record costs only itself; the rest of the set is still scored.
 *
 * @param stack the stack of the failure when one was thrown while coding the record, else null
 */
public record Skipped(String where, String reason, String stack) {
  public static Skipped of(String where, String reason) {
    return new Skipped(where, reason, null);
  }

  /**
   * A failure while reading or coding the record: its class and message on one line, and its stack.
   * It may be an error held to one record (a stack overflow, memory run out: see {@code Batch}).
   */
  public static Skipped of(String where, Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
    StringWriter stack = new StringWriter();
    e.printStackTrace(new PrintWriter(stack));
    return new Skipped(where, e.getClass().getSimpleName() + message, stack.toString());
  }

  @Override
  public String toString() {
    return where + ": " + reason;
  }
}

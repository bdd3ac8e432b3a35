package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one part of a Markdown report and keeps the others, so that each benchmark can be rerun
 * on its own: the head is everything before the first "## " heading, a section runs from its
 * "## " heading to the next.
 */
final class ReportSections {
  private ReportSections() {}

  static void writeHead(Path file, String head) throws IOException {
    String old = Files.exists(file) ? Files.readString(file) : "";
    int first = old.startsWith("## ") ? 0 : old.indexOf("\n## ");
    String rest = first < 0 ? "" : old.substring(first == 0 ? 0 : first + 1);
    Files.writeString(file, head.stripTrailing() + "\n" + (rest.isEmpty() ? "" : "\n" + rest));
  }

  static void write(Path file, String heading, String body) throws IOException {
    String old = Files.exists(file) ? Files.readString(file) : "";
    String section = "## " + heading + "\n\n" + body.stripTrailing() + "\n";
    String marker = "## " + heading + "\n";
    int at = old.startsWith(marker) ? 0 : old.indexOf("\n" + marker);
    if (at < 0) {
      Files.writeString(file, old.isEmpty() ? section : old.stripTrailing() + "\n\n" + section);
      return;
    }
    int start = at == 0 ? 0 : at + 1;
    int next = old.indexOf("\n## ", start + marker.length());
    String after = next < 0 ? "" : "\n" + old.substring(next + 1);
    Files.writeString(file, old.substring(0, start) + section + after);
  }
}

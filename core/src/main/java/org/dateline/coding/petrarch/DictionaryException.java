package org.dateline.coding.petrarch;

import java.io.IOException;
import java.nio.file.Path;

/** A line of a verb dictionary that cannot be read; the message names the file and line. */
public final class DictionaryException extends IOException {
  public DictionaryException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}

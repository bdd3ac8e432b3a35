package org.dateline.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared data folder (../shared), or a clean skip when it is absent. */
public final class Shared {
  private Shared() {}

  public static Path dir() {
    String prop = System.getProperty("dateline.shared");
    for (String candidate : new String[] {prop, "../shared", "../../shared"}) {
      if (candidate != null && Files.isDirectory(Path.of(candidate))) return Path.of(candidate).normalize();
    }
    return null;
  }

  /** The file under shared/, skipping the test with a one-line reason when it is not there. */
  public static Path require(String relative) {
    Path d = dir();
    Assumptions.assumeTrue(d != null && Files.exists(d.resolve(relative)),
        "skipped: ../shared/" + relative + " is not present");
    return d.resolve(relative);
  }

  /** The repository root (for samples/). */
  public static Path root() {
    String prop = System.getProperty("dateline.root");
    if (prop != null && Files.isDirectory(Path.of(prop, "samples"))) return Path.of(prop);
    for (String c : new String[] {".", ".."}) {
      if (Files.isDirectory(Path.of(c, "samples"))) return Path.of(c).toAbsolutePath().normalize();
    }
    throw new IllegalStateException("cannot find the repository root (samples/)");
  }
}

package org.dateline.coding.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * A verb block of the dictionary ({@code --- NAME [code] ---}): its default code and its patterns,
 * in dictionary order, which is the order they are tried in (more specific ones come first).
 */
public final class VerbFamily {
  private final String name;
  private final String code;
  private final List<VerbPattern> patterns = new ArrayList<>();

  VerbFamily(String name, String code) {
    this.name = name;
    this.code = code;
  }

  public String name() { return name; }

  /** The default code; "---" when the verb alone is no event and only patterns code. */
  public String code() { return code; }

  public List<VerbPattern> patterns() { return List.copyOf(patterns); }

  void add(VerbPattern p) {
    patterns.add(p);
  }
}

package org.dateline.model;

import java.util.List;

/** PLOVER event type with its mode and context labels. */
public record Plover(String type, String mode, List<String> context) {
  public Plover {
    context = context == null ? List.of() : List.copyOf(context);
  }
}

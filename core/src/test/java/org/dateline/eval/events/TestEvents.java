package org.dateline.eval.events;

import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.Plover;

/** Hand-made produced events and actors for the scorer tests. */
final class TestEvents {
  private TestEvents() {}

  static Actor actor(String country, String sector) {
    String code = (country == null ? "" : country) + (sector == null ? "" : sector);
    return new Actor(code, null, code.isEmpty() ? null : code, country, sector, null);
  }

  static Event event(String cameo, String plover, List<Actor> source, List<Actor> target, double confidence) {
    return new Event("e", source, target, cameo, 4, -5.0, new Plover(plover, null, null), "2000-01-01", null, null,
        false, null, null, confidence);
  }

  static Event event(String cameo, String plover, Actor source, Actor target) {
    return event(cameo, plover, source == null ? List.of() : List.of(source),
        target == null ? List.of() : List.of(target), 0.8);
  }

  static GoldActor gold(String code, String sector) {
    return GoldActor.of(code, code, sector);
  }

  static GoldEvent goldEvent(String plover, GoldActor source, GoldActor target) {
    return new GoldEvent(plover, null, source == null ? List.of() : List.of(source),
        target == null ? List.of() : List.of(target));
  }
}

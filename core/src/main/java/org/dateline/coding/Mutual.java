package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Event;
import org.dateline.model.Explanation;

/**
 * Acts two parties do with each other alike: consultations and negotiations, signing an
 * agreement, cooperation, a clash. "China and Japan held talks" names both parties as the
 * subject; CAMEO codes such an act between them, so the first party stands as source and the
 * others as target (for such an act either may stand on either side).
 */
final class Mutual {
  // 04 consult (not 042/043: a visit is made to a host, who is its target), 057 sign an
  // agreement, 06 cooperate, 190 fighting not specified further ("clashed")
  private static final Set<String> DIRECTED = Set.of("042", "043");

  private Mutual() {}

  static boolean isMutual(String cameo) {
    if (cameo.startsWith("04")) return !DIRECTED.contains(cameo.substring(0, Math.min(3, cameo.length())));
    return cameo.startsWith("057") || cameo.startsWith("06") || cameo.equals("190");
  }

  /** The event with its parties on both sides, when it is a mutual act whose parties all stand as source. */
  static Event sides(Event ev) {
    if (!ev.target().isEmpty() || !isMutual(ev.cameo()) || distinct(ev.source()) < 2) return ev;
    List<Actor> source = List.of(ev.source().get(0));
    List<Actor> target = new ArrayList<>(ev.source().subList(1, ev.source().size()));
    target.removeIf(a -> Objects.equals(a.code(), source.get(0).code()) && Objects.equals(a.name(), source.get(0).name()));
    Explanation why = ev.explain();
    if (why != null && why.source().size() == ev.source().size()) {
      List<String> lines = why.source();
      List<String> moved = lines.subList(1, lines.size()).stream()
          .map(l -> l + "; a party to a mutual act, on the other side").toList();
      why = new Explanation(why.type(), List.of(lines.get(0)), moved, why.date());
    }
    return new Event(ev.id(), source, target, ev.cameo(), ev.quadClass(), ev.goldstein(), ev.plover(), ev.date(),
        ev.dateText(), ev.location(), ev.negated(), ev.modality(), ev.evidence(), ev.confidence(), why);
  }

  private static long distinct(List<Actor> actors) {
    return actors.stream().map(a -> a.code() + "|" + a.name()).distinct().count();
  }
}

package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Actor;

/**
 * "The army chief met his Pakistani counterpart", "the chief executive met his counterparts from
 * BP": a counterpart holds the same office as the one it is the counterpart of, so it takes that
 * side's sector (sectors.tsv gives the word GOV, its sector when nothing else is known).
 */
final class Counterparts {
  private static final Set<String> WORDS = Set.of("counterpart", "counterparts");

  private Counterparts() {}

  static List<Actor> mirror(List<Actor> sources, List<Actor> targets) {
    String sector = sources.stream().map(Actor::sector).filter(Objects::nonNull).findFirst().orElse(null);
    if (sector == null || targets.stream().noneMatch(Counterparts::isCounterpart)) return targets;
    List<Actor> out = new ArrayList<>(targets.size());
    for (Actor t : targets) {
      if (!isCounterpart(t) || sector.equals(t.sector())) {
        out.add(t);
        continue;
      }
      String country = t.country() == null ? "" : t.country();
      out.add(new Actor(t.text(), t.name(), country + sector, t.country(), sector, t.role()));
    }
    return out;
  }

  static boolean isCounterpart(Actor a) {
    return WORDS.contains(a.headWord());
  }
}

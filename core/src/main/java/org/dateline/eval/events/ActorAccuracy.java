package org.dateline.eval.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.dateline.model.Actor;
import org.dateline.model.Event;

/**
 * How often the actors of an event whose type was found are right, by country and by sector
 * separately, so that actor resolution can be judged apart from event typing. Counted over
 * type-matched (gold, produced) pairs; a pair counts for a slot only when the gold fills it
 * (has an actor there, or for sector accuracy an actor there with a sector). Country and sector
 * are judged independently: a produced "GOV" is a right sector even if the country is wrong.
 */
final class ActorAccuracy {
  private final int[] right = new int[4];
  private final int[] total = new int[4];
  private static final String[] KEYS = {
    "source_country_acc", "source_sector_acc", "target_country_acc", "target_sector_acc"};

  void add(GoldEvent g, Event e) {
    count(0, g.source(), e.source(), GoldActor::countryAgrees, false);
    count(1, g.source(), e.source(), GoldActor::sectorAgrees, true);
    count(2, g.target(), e.target(), GoldActor::countryAgrees, false);
    count(3, g.target(), e.target(), GoldActor::sectorAgrees, true);
  }

  private void count(int slot, List<GoldActor> gold, List<Actor> produced, BiPredicate<GoldActor, Actor> test,
                     boolean needsSector) {
    List<GoldActor> judged = gold.stream().filter(a -> !needsSector || a.sector() != null).toList();
    if (judged.isEmpty()) return;
    total[slot]++;
    boolean ok = judged.stream().anyMatch(ga -> produced.stream().anyMatch(a -> test.test(ga, a)));
    if (ok) right[slot]++;
  }

  Map<String, Double> metrics() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < KEYS.length; i++) m.put(KEYS[i], EventMatch.ratio(right[i], total[i]));
    return m;
  }
}

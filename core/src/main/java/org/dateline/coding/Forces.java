package org.dateline.coding;

import java.util.Set;
import org.dateline.model.Actor;

/**
 * Forces a side deploys or mobilizes, named by what they are ("troops", "army reservists", "two
 * warships", word class forces-moved): its own means, not the target of the act.
 */
final class Forces {
  private static final Set<String> MOVED = WordClasses.of("forces-moved");

  private Forces() {}

  static boolean moved(Actor a) {
    return "MIL".equals(a.sector()) && MOVED.contains(a.headWord());
  }
}

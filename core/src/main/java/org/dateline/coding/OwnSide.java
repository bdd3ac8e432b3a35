package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * A speaker's own side in what the speaker says: "his party", "our government", "his Liberal
 * Democrats": a body or party of the speaker's own code (or "our", "my", always the speaker's). Words about one's
 * own side promise, explain or defend; the speech model's reading of blame or threat does not fall
 * on them ("his own party" is named as a target on purpose and stays one).
 */
final class OwnSide {
  private static final Set<String> THIRD = Set.of("his", "her", "its", "their");
  private static final Set<String> FIRST = Set.of("our", "my");
  // disapprove, reject, threaten: readings that need someone else to fall on
  private static final Set<String> JUDGING_ROOTS = Set.of("11", "12", "13");
  // bodies one belongs to and speaks for ("my colleagues" in a chamber are often the other side)
  private static final Set<String> BODIES = Set.of("party", "government", "administration", "cabinet", "ministry",
      "department", "team", "campaign", "coalition", "movement", "organisation", "organization");

  private OwnSide() {}

  /** The targets that are the speakers' own side. */
  static List<Actor> of(Sentence s, List<Actor> targets, List<Actor> speakers) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : targets) {
      String head = a.headWord();
      if (head.isEmpty() || !BODIES.contains(head) && !"PTY".equals(a.sector())) continue;
      for (Token t : s.tokens()) {
        if (!t.word().equalsIgnoreCase(head)) continue;
        String possessor = possessor(s, t);
        if (possessor == null || ownMarked(s, t)) continue;
        // (a role's country may not be filled yet: "his party" is PTY beside a speaker of GBRPTY)
        boolean same = speakers.stream().anyMatch(b -> a.code() != null && a.code().equals(b.code())
            || a.country() == null && a.sector() != null && a.sector().equals(b.sector()));
        if (FIRST.contains(possessor) || THIRD.contains(possessor) && same) {
          out.add(a);
          break;
        }
      }
    }
    return out;
  }

  static boolean judging(String cameo) {
    return cameo.length() >= 2 && JUDGING_ROOTS.contains(cameo.substring(0, 2));
  }

  private static String possessor(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("nmod:poss") && c.pos().equals("PRP$")) return c.word().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  private static boolean ownMarked(Sentence s, Token t) {
    return s.children(t.index()).stream().anyMatch(c -> c.word().equalsIgnoreCase("own"));
  }
}

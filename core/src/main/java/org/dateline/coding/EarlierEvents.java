package org.dateline.coding;

import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Explanation;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * What the events told before say of a new one: a group named without members ("the three
 * countries") stands for earlier parties, and an event noun named again ("the attack") is the
 * incident told before, with its sides.
 */
final class EarlierEvents {
  // How many sentences back a definite event noun looks for the event it names again
  private static final int STORY_REACH = 8;

  private EarlierEvents() {}

  /**
   * "The foreign ministers also agreed": a group without members named stands for earlier
   * parties; the parties of a mutual act stand on both sides ({@link Mutual}).
   */
  static Event withGroupsResolved(Event ev, List<Event> earlier) {
    List<Actor> source = ev.source();
    List<Actor> target = ev.target();
    if (ev.cameo().startsWith("04") && source.size() == 1 && target.isEmpty()) {
      // It takes two to consult: "X, Y and Z vowed ..., Park said after talks in Busan" — the
      // talks are those of the parties just named with Park among them.
      List<Actor> parties = partiesWith(source.get(0), earlier, ev.evidence().sentence());
      if (parties != null) source = parties;
    }
    if (source.size() == 1) {
      List<Actor> parties = GroupReference.resolve(source.get(0), earlier);
      if (parties != null) source = parties;
    }
    if (target.size() == 1) {
      List<Actor> parties = GroupReference.resolve(target.get(0), earlier);
      if (parties != null) target = parties;
    }
    if (target.isEmpty() && source.size() == 1) {
      List<Actor> accusers = accusersOf(ev, source.get(0), earlier);
      if (accusers != null) target = accusers;
    }
    if (source == ev.source() && target == ev.target()) return Mutual.sides(ev);
    return Mutual.sides(new Event(ev.id(), source, target, ev.cameo(), ev.quadClass(), ev.goldstein(), ev.plover(), ev.date(),
        ev.dateText(), ev.location(), ev.negated(), ev.modality(), ev.evidence(), ev.confidence(), ev.explain()));
  }

  // Denials and rejections, which answer what another said of the one who denies
  private static final Set<String> ANSWERS = Set.of("016", "120", "121", "122", "123", "124", "125", "128");
  // Roots of what can be answered: criticism and accusation (11), and demands (10)
  private static final Set<String> ANSWERED = Set.of("10", "11");

  /**
   * "Labour accused the minister of lying. The minister denied the claims": a denial with no one
   * named answers the recent accuser of the one who denies.
   */
  private static List<Actor> accusersOf(Event ev, Actor denier, List<Event> earlier) {
    if (!ANSWERS.contains(ev.cameo()) || denier.code() == null) return null;
    int sentence = ev.evidence().sentence();
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Event e = earlier.get(i);
      if (e.evidence().sentence() < sentence - STORY_REACH) break;
      if (e.evidence().sentence() >= sentence || !ANSWERED.contains(e.cameo().substring(0, 2))) continue;
      if (e.source().isEmpty() || e.source().contains(denier)) continue;
      for (Actor a : e.target()) {
        if (same(a, denier)) return e.source();
      }
    }
    return null;
  }

  private static boolean same(Actor a, Actor b) {
    if (a.name() != null && b.name() != null) return a.name().equals(b.name()) || a.name().endsWith(" " + b.name())
        || b.name().endsWith(" " + a.name());
    return java.util.Objects.equals(a.code(), b.code());
  }

  /** The parties of a recent event (this sentence or the one before) that include the actor. */
  private static List<Actor> partiesWith(Actor one, List<Event> earlier, int sentence) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Event e = earlier.get(i);
      if (e.evidence().sentence() < sentence - 1) break;
      if (e.source().size() < 2 || !e.target().isEmpty()) continue;
      for (Actor a : e.source()) {
        if (java.util.Objects.equals(a.code(), one.code()) && java.util.Objects.equals(a.name(), one.name())) {
          return e.source();
        }
      }
    }
    return null;
  }

  // Nouns of violence of no particular kind ("the attack", "the violence"), which name again an
  // incident of any kind of violence told before
  private static final Set<String> GENERIC_VIOLENCE = Set.of("180", "190");

  static boolean violent(String cameo) {
    return cameo.startsWith("18") || cameo.startsWith("19");
  }

  /**
   * The latest event of the same root told earlier in the story, when p names it again ("the
   * attack"); a generic noun of violence names any violent incident again.
   */
  static Event toldBefore(Document doc, Sentence s, Token p, String cameo) {
    return latest(doc, s, p, e -> namedAgain(e, cameo) && Unnamed.namesSides(e.source(), e.target()));
  }

  /**
   * The incident p names again ("the shooting", "the talks"): the latest event of the same root
   * (or, for a generic noun of violence, of any violence) told earlier in the story, whatever its sides.
   */
  static Event incident(Document doc, Sentence s, Token p, String cameo) {
    return latest(doc, s, p, e -> namedAgain(e, cameo));
  }

  /**
   * "Eight Mexicans died in the attack", two days after the story's "on Saturday": an incident
   * named again with no time of its own happened on the day it was first told, not on the day
   * the story last named.
   */
  static Event datedAsBefore(Event ev, Event before) {
    if (before == null || ev.dateText() != null || before.date() == null || ev.date() == null) return ev;
    // the day the story last named is the latest it can be: an earlier mention may only move it back
    if (before.date().compareTo(ev.date()) >= 0) return ev;
    Explanation x = ev.explain();
    String first = before.explain() == null ? before.date() : before.explain().date();
    Explanation dated = x == null ? null : new Explanation(x.type(), x.source(), x.target(),
        "the day of its earlier mention '" + before.evidence().trigger() + "' (" + before.id() + "): " + first);
    return new Event(ev.id(), ev.source(), ev.target(), ev.cameo(), ev.quadClass(), ev.goldstein(), ev.plover(), before.date(),
        before.dateText(), ev.location(), ev.negated(), ev.modality(), ev.evidence(), ev.confidence(), dated);
  }

  /**
   * The latest act of violence told earlier in the story whose doer is named, when p names an
   * attack again ("died in the attack"); null when the story named none in its reach.
   */
  static Event attackerBefore(Document doc, Sentence s, Token p) {
    return latest(doc, s, p, e -> violent(e.cameo()) && !e.source().isEmpty() && e.source().stream().noneMatch(Unnamed::is));
  }

  /** Whether an earlier event is the one a noun of this code names again. */
  private static boolean namedAgain(Event e, String cameo) {
    return e.cameo().startsWith(cameo.substring(0, 2)) || GENERIC_VIOLENCE.contains(cameo) && violent(e.cameo());
  }

  /** The latest event told before p, within the story's reach, that a definite noun p may name again. */
  private static Event latest(Document doc, Sentence s, Token p, java.util.function.Predicate<Event> wanted) {
    if (!p.isNoun() || !Clauses.definite(s, p)) return null;
    for (int i = doc.events().size() - 1; i >= 0; i--) {
      Event e = doc.events().get(i);
      if (e.evidence().sentence() < s.index() - STORY_REACH) break;
      // the noun's own event, when it was coded once already (a second reading of the sentence)
      if (e.evidence().sentence() == s.index() && e.evidence().start() == p.start()) continue;
      if (wanted.test(e)) return e;
    }
    return null;
  }
}

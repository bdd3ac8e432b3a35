package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Evidence;
import org.dateline.model.Explanation;
import org.dateline.model.Place;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Makes the event record of a coded predicate: its date and place, the target a place stands for
 * when force or protest names no one, the words that say it, its modality and confidence.
 */
final class EventBuilder {
  private static final String THREAT_ROOT = Readings.THREAT_ROOT;
  private static final String INTENT_ROOT = "03";

  private final Contexts contexts = new Contexts();
  private final Background background;

  EventBuilder(Background background) {
    this.background = background;
  }

  /** Yield (lifting a curfew), threats, protest, force, sanctions, coercion but arrest, violence: roots 08 and 13 to 20. */
  private static final String MOBILIZE_ROOT = "15";

  private static boolean actsOnPlace(String cameo) {
    // an arrest or an expulsion is of persons, not of the place's people
    if (cameo.startsWith("173") || cameo.startsWith("174")) return false;
    return cameo.startsWith("08") || cameo.startsWith(THREAT_ROOT) || Readings.isForceful(cameo);
  }

  /**
   * The event of predicate {@code p} coded as {@code code}, with its sides, the content it frames
   * (or null), its reading ({@code frame}, {@code stated}: made in the saying) and why it was coded.
   */
  Event build(Document doc, Sentence s, Token p, Codebook.Code code, Arguments.Found args, List<Actor> target,
              EventCoder.Found content, boolean negated, String frame, boolean stated, String why,
              List<Actor> beforeContext) {
    target = Counterparts.mirror(args.source(), target);
    // "troops were deployed to the capital": forces deployed by no one named are the doers (with
    // a side named, EventCoder has already taken its forces out of the target)
    if (code.code().startsWith(MOBILIZE_ROOT) && args.source().isEmpty()) {
      List<Actor> forces = target.stream().filter(Forces::moved).toList();
      if (!forces.isEmpty()) {
        args = new Arguments.Found(forces, args.target(), args.sourceHeads(), args.targetHeads());
        target = target.stream().filter(a -> !forces.contains(a)).toList();
      }
    }
    Token governor = p.isNoun() && p.head() >= 0 ? s.tokens().get(p.head()) : null;
    EventDates.Dated when = EventDates.of(doc, s, p, governor);
    Place own = ownPlace(doc, s, p, governor, code, content);
    Place where = own != null ? own : Locations.sentenceOrDateline(doc, s);
    boolean onPlace = actsOnPlace(code.code()) || content != null && actsOnPlace(content.entry().cameo());
    if (target.isEmpty() && own != null && own.country() != null && onPlace) {
      // "a curfew in Cizre", "killed 23 people in Tel Aviv", "demonstrated in Serbia": force,
      // protest or relief aimed at no one named falls on the place's people, as does force
      // threatened ("threatened to ban rallies in Cizre")
      String sector = "P".equals(own.featureClass()) ? "CVL" : null;
      target = List.of(new Actor(own.text(), own.name(), own.country() + (sector == null ? "" : sector), own.country(),
          sector, null));
    }
    String visited = where == null ? null : where.country();
    if (target.isEmpty() && code.code().startsWith("042") && visited != null
        && args.source().stream().noneMatch(a -> visited.equals(a.country()))) {
      // a visit is to the country of the place visited: "arrived in Nairobi" is a visit to Kenya
      target = List.of(new Actor(where.text(), where.name(), visited, visited, null, null));
    }
    Evidence evidence = evidence(doc, s, p, args, content);
    // an intent is news on the day it is stated, unless said to be an earlier one ("previously
    // committed to") or its clause dates the stating well before ("after his arrest last summer, agreed to")
    // ("said it would send aid": a promise, refusal or threat is made in the saying, news the same way)
    String around = frame.equals("intent") || stated ? (Background.saidEarlier(s, p) ? Event.BACKGROUND : null) : background.of(s, p);
    if (Background.BEFORE_NEWS.equals(around)) {
      around = when.text() != null && !EventDates.wellBefore(when, doc.article().date()) ? null : Event.BACKGROUND;
    }
    if (around == null && EventDates.wellBefore(when, doc.article().date())) around = Event.BACKGROUND;
    String modality = around != null ? around
        : stated ? (code.code().startsWith(INTENT_ROOT) ? "intent" : null) : Mood.modality(s, p, frame);
    if (modality == null && !stated && EventDates.stillToCome(doc, s, p, when)) modality = Event.FUTURE;
    // the coder stands less behind an event told in passing than behind the news itself
    double confidence = Math.min(0.95, 0.35 + (args.source().isEmpty() ? 0 : 0.25) + (target.isEmpty() ? 0 : 0.2)
        + (p.isVerb() ? 0.1 : 0)) * (around == null ? 1 : 0.5);
    String id = doc.article().id() + "-e" + (doc.events().size() + 1);
    // The predicate's own clause says what the event is about ("talks on trade", "nuclear drills").
    var plover = contexts.refine(code.plover(), code.code(), p, s,
        Clauses.subtree(s, content != null ? content.token() : p));
    return new Event(id, args.source(), target, code.code(), code.quadClass(), code.goldstein(), plover,
        when.date(), when.text(), where, negated, modality, evidence, confidence,
        new Explanation(why, Explain.actors(s, args.source(), args.sourceHeads(), beforeContext),
            Explain.actors(s, target, args.targetHeads(), null), when.how()));
  }

  /** Where the predicate, the noun's verb or the content it frames says the event took place, or null. */
  private static Place ownPlace(Document doc, Sentence s, Token p, Token governor, Codebook.Code code,
                                EventCoder.Found content) {
    Place where = Attachment.place(doc, s, p);
    if (where == null && governor != null) where = Attachment.place(doc, s, governor);
    if (where == null && content != null) {
      Token c = content.token();
      where = Attachment.place(doc, s, c);
      // "threatened to impose a curfew in Cizre": the place sits on the content noun's verb
      if (where == null && c.isNoun() && c.head() >= 0) where = Attachment.place(doc, s, s.tokens().get(c.head()));
    }
    if (where == null && content == null && code.code().startsWith(THREAT_ROOT)) {
      // "threatened to resume attacks in Israel": the place of what is threatened
      for (Token c : s.children(p.index())) {
        if (where == null && c.deprel().equals("xcomp")) where = Attachment.place(doc, s, c);
      }
    }
    return where;
  }

  /** The words that say the event: from the first to the last of its sides' names, predicate and content. */
  private static Evidence evidence(Document doc, Sentence s, Token p, Arguments.Found args, EventCoder.Found content) {
    List<Token> span = new ArrayList<>(args.sourceHeads());
    span.addAll(args.targetHeads());
    span.add(p);
    if (content != null) span.add(content.token());
    int start = p.start();
    int end = p.end();
    for (Token t : span) {
      // the whole name, not just its head word ("Samia Suluhu Hassan", not "Hassan")
      var m = ActorFinder.mentionAt(doc, t);
      start = Math.min(start, m == null ? t.start() : m.start());
      end = Math.max(end, m == null ? t.end() : m.end());
    }
    return new Evidence(s.index(), start, end, doc.text().substring(start, end), p.word());
  }
}

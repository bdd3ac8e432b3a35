package org.dateline.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Evidence;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;
import org.dateline.resolve.Knowledge;

/**
 * The coding stage: finds event predicates in each sentence, their source and target actors in
 * the dependency parse, and codes each as CAMEO and PLOVER with Goldstein weight, QuadClass,
 * date, place and the words that say it.
 */
public final class EventCoder {
  // Sectors that can fight; a "clash" between other actors is a quarrel, not a battle.
  private static final Set<String> ARMED = Set.of("MIL", "REB", "INS", "COP", "SPY", "CRM", "UAF");
  private static final String VERBAL_DISPUTE = "111";

  private final Codebook codebook;
  private final Predicates predicates = new Predicates();
  private final Arguments arguments;

  public EventCoder(Codebook codebook, Knowledge kb) {
    this.codebook = codebook;
    this.arguments = new Arguments(kb);
  }

  public EventCoder() {
    this(Codebook.cameo(), Knowledge.get());
  }

  public void code(Document doc) {
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        Predicates.Entry entry = predicates.match(s, t);
        if (entry == null) continue;
        Arguments.Found args = arguments.find(doc, s, t);
        if (args.source().isEmpty() && args.target().isEmpty()) continue;
        String cameo = refine(entry, t, args);
        Codebook.Code code = codebook.get(cameo);
        if (code == null || code.ploverType().isEmpty()) continue;
        doc.events().add(event(doc, s, t, code, args));
      }
    }
  }

  /** Context that changes a reading: a clash between political actors is a verbal dispute. */
  private static String refine(Predicates.Entry entry, Token t, Arguments.Found args) {
    if (t.lemma().equalsIgnoreCase("clash") && !anyArmed(args.source()) && !anyArmed(args.target())) {
      return VERBAL_DISPUTE;
    }
    return entry.cameo();
  }

  private static boolean anyArmed(List<Actor> actors) {
    for (Actor a : actors) {
      if (a.sector() != null && ARMED.contains(a.sector())) return true;
    }
    return false;
  }

  private Event event(Document doc, Sentence s, Token t, Codebook.Code code, Arguments.Found args) {
    TimeExpression when = nearestDate(doc, s, t);
    String date = when != null ? when.value() : doc.article().date().toString();
    Place where = placeOf(doc, s);
    String evidenceText = doc.text().substring(args.start(), args.end());
    Evidence evidence = new Evidence(s.index(), args.start(), args.end(), evidenceText, t.word());
    double confidence = 0.4 + (args.source().isEmpty() ? 0 : 0.2) + (args.target().isEmpty() ? 0 : 0.2);
    String id = doc.article().id() + "-e" + (doc.events().size() + 1);
    return new Event(id, args.source(), args.target(), code.code(), code.quadClass(), code.goldstein(),
        code.plover(), date, when == null ? null : when.text(), where, negated(s, t), modality(s, t),
        evidence, confidence);
  }

  private static TimeExpression nearestDate(Document doc, Sentence s, Token t) {
    TimeExpression best = null;
    for (TimeExpression x : doc.times()) {
      if (x.sentence() != s.index() || !x.type().equals("DATE") || !x.value().matches("\\d{4}.*")) continue;
      if (best == null || Math.abs(x.start() - t.start()) < Math.abs(best.start() - t.start())) best = x;
    }
    return best;
  }

  private static Place placeOf(Document doc, Sentence s) {
    for (Place p : doc.places()) {
      if (p.sentence() == s.index()) return p;
    }
    return null;
  }

  private static boolean negated(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) return true;
    }
    return false;
  }

  private static String modality(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.deprel().equals("aux") && (w.equals("will") || w.equals("'ll") || w.equals("shall"))) return "future";
      if (c.deprel().equals("aux") && (w.equals("would") || w.equals("could") || w.equals("might"))) {
        return "hypothetical";
      }
    }
    if (t.deprel().equals("ccomp") && t.head() >= 0) {
      String head = s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT);
      if (head.equals("say") || head.equals("tell") || head.equals("report")) return "reported";
    }
    return null;
  }
}

package org.dateline.coding;

import java.util.List;
import java.util.Objects;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Explanation;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * A headline names who underwent the news and leaves its doer to the body: "Labour accused over
 * poster" is told in full a line later ("The Tories accused Labour of ..."). An event of the first
 * sentence with a target and no source takes its doers from the same act told in the sentences
 * just after it: the same CAMEO root, done to the same party, by someone named.
 */
final class Headlines {
  // the body's lead, where the headline's act is told again
  private static final int SENTENCES_AFTER = 3;

  private Headlines() {}

  /** Whether the sentence is the article's headline: its first line, standing alone with no closing stop. */
  static boolean isHeadline(Document doc, Sentence s) {
    if (s.index() != 0 || s.tokens().isEmpty()) return false;
    Token last = s.tokens().get(s.tokens().size() - 1);
    return last.end() < doc.text().length() && doc.text().charAt(last.end()) == '\n' && !last.word().equals(".");
  }

  /** Gives each sourceless headline event the doers of its retelling in the lead, where one is found. */
  static void sidesFromBody(Document doc) {
    if (doc.sentences().isEmpty() || !isHeadline(doc, doc.sentences().get(0))) return;
    List<Event> events = doc.events();
    for (int i = 0; i < events.size(); i++) {
      Event head = events.get(i);
      if (head.evidence().sentence() != 0 || !head.source().isEmpty() || head.target().isEmpty()) continue;
      Event told = retelling(head, events);
      if (told == null) continue;
      var why = head.explain();
      List<String> said = told.source().stream().map(a -> "'" + a.text() + "' -> " + a.code()
          + ": from its retelling in the body, '" + told.evidence().trigger() + "' (" + told.id() + ")").toList();
      var explain = why == null ? null : new Explanation(why.type(), said, why.target(), why.date());
      events.set(i, new Event(head.id(), told.source(), head.target(), head.cameo(), head.quadClass(), head.goldstein(),
          head.plover(), head.date(), head.dateText(), head.location(), head.negated(), head.modality(), head.evidence(),
          head.confidence(), explain));
    }
  }

  private static Event retelling(Event head, List<Event> events) {
    String root = head.cameo().substring(0, 2);
    for (Event e : events) {
      int sentence = e.evidence().sentence();
      if (sentence < 1 || sentence > SENTENCES_AFTER || e.source().isEmpty() || !e.cameo().startsWith(root)) continue;
      if (e.target().stream().anyMatch(t -> head.target().stream().anyMatch(h -> same(h, t)))) return e;
    }
    return null;
  }

  private static boolean same(Actor a, Actor b) {
    if (a.name() != null && a.name().equals(b.name())) return true;
    return a.code() != null && a.code().equals(b.code()) && a.sector() != null;
  }
}

package org.dateline.spark;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.store.Fingerprint;
import org.dateline.store.MentionRow;

/**
 * One coded document as rows of the store's tables ({@link Schemas}), filled as the store's
 * ArticleWriter fills them. What depends on other articles (duplicate_of, similarity, a mention's
 * event) is left null here and set by the near-duplicate and merge stages.
 */
final class TableRows {
  private TableRows() {}

  static Row article(Document doc, String record, LocalDateTime ingestedAt) {
    Article a = doc.article();
    Dateline d = a.dateline();
    return RowFactory.create(a.id(), Fingerprint.contentHash(a.text()), a.date(), a.source(), a.title(), a.url(),
        a.text(), a.bodyOffset(), d == null ? null : d.text(), d == null ? null : d.place(),
        d == null ? null : d.date(), d == null ? null : d.source(), a.origin(), null, null, doc.events().size(),
        record, ingestedAt);
  }

  static List<Row> places(Document doc) {
    List<Row> out = new ArrayList<>();
    List<Place> places = doc.places();
    for (int i = 0; i < places.size(); i++) {
      Place p = places.get(i);
      out.add(RowFactory.create(doc.article().id(), i, p.text(), p.start(), p.end(), p.sentence(), p.name(),
          p.country(), p.admin1(), p.featureClass(), p.lat(), p.lon(), p.geonameId() == null ? null : p.geonameId().longValue(),
          p.confidence(), p.featureKind(), p.usedAs()));
    }
    return out;
  }

  /** The article's mentions, event_id null; ids "ARTICLE#INDEX" as in the store. */
  static List<Row> mentions(Document doc) {
    Article a = doc.article();
    List<Row> out = new ArrayList<>();
    List<Event> events = doc.events();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      MentionRow m = MentionRow.of(e, a);
      Place p = e.location();
      boolean pl = e.plover() != null;
      out.add(RowFactory.create(a.id() + "#" + i, a.id(), i, null, e.id(), m.actor1(), m.actor2(), e.cameo(), m.root(),
          e.quadClass(), e.goldstein(), pl ? e.plover().type() : null, pl ? e.plover().mode() : null,
          pl ? e.plover().context().toArray(new String[0]) : new String[0], e.date(), m.day(), e.dateText(),
          p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.lat(), p == null ? null : p.lon(),
          e.negated(), e.modality(), e.confidence(), e.evidence().sentence(), e.evidence().start(), e.evidence().end(),
          e.evidence().text(), e.evidence().trigger(), m.actor1Offset(), m.actor2Offset()));
    }
    return out;
  }

  static List<Row> mentionActors(Document doc) {
    List<Row> out = new ArrayList<>();
    List<Event> events = doc.events();
    for (int i = 0; i < events.size(); i++) {
      String id = doc.article().id() + "#" + i;
      side(out, id, "source", events.get(i).source());
      side(out, id, "target", events.get(i).target());
    }
    return out;
  }

  private static void side(List<Row> out, String mentionId, String side, List<Actor> actors) {
    for (int i = 0; i < actors.size(); i++) {
      Actor x = actors.get(i);
      out.add(RowFactory.create(mentionId, side, i, x.text(), x.name(), x.code(), x.country(), x.sector(), x.role()));
    }
  }
}

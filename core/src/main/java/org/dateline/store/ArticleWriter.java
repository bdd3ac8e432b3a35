package org.dateline.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.output.ArticleJson;

/** Writes one coded document (article, places, mentions, actors, merged events) in one transaction. */
final class ArticleWriter {
  private final Connection conn;
  private final NearDuplicates near;
  private final EventMerger merger;

  ArticleWriter(Connection conn) {
    this.conn = conn;
    this.near = new NearDuplicates(conn);
    this.merger = new EventMerger(conn);
  }

  Store.Outcome put(Document doc, int mergeDays) throws SQLException {
    Article a = doc.article();
    String hash = Fingerprint.contentHash(a.text());
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try {
      // Checked again inside the transaction: the same story may come twice in one batch.
      Store.Outcome seen = Store.lookup(conn, a.id(), hash);
      if (seen != Store.Outcome.STORED) {
        conn.rollback();
        return seen;
      }
      Set<Long> shingles = Fingerprint.shingles(a.text());
      long[] bands = Fingerprint.bands(shingles);
      insertArticle(doc, hash, near.find(shingles, bands));
      near.addBands(a.id(), bands);
      insertPlaces(a.id(), doc.places());
      List<Event> events = doc.events();
      for (int i = 0; i < events.size(); i++) insertMention(a, i, MentionRow.of(events.get(i), a), mergeDays);
      conn.commit();
      return Store.Outcome.STORED;
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(auto);
    }
  }

  private void insertArticle(Document doc, String hash, NearDuplicates.Match dup) throws SQLException {
    Article a = doc.article();
    Dateline d = a.dateline();
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, a.id());
      ps.setString(2, hash);
      setDate(ps, 3, a.date());
      ps.setString(4, a.source());
      ps.setString(5, a.title());
      ps.setString(6, a.url());
      ps.setString(7, a.text());
      ps.setInt(8, a.bodyOffset());
      ps.setString(9, d == null ? null : d.text());
      ps.setString(10, d == null ? null : d.place());
      setDate(ps, 11, d == null ? null : d.date());
      ps.setString(12, d == null ? null : d.source());
      ps.setString(13, a.origin());
      ps.setString(14, dup == null ? null : dup.original());
      EventMerger.setDouble(ps, 15, dup == null ? null : dup.similarity());
      ps.setInt(16, doc.events().size());
      ps.setString(17, ArticleJson.line(doc));
      ps.setTimestamp(18, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
  }

  private void insertPlaces(String articleId, List<Place> places) throws SQLException {
    if (places.isEmpty()) return;
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < places.size(); i++) {
        Place p = places.get(i);
        ps.setString(1, articleId);
        ps.setInt(2, i);
        ps.setString(3, p.text());
        ps.setInt(4, p.start());
        ps.setInt(5, p.end());
        ps.setInt(6, p.sentence());
        ps.setString(7, p.name());
        ps.setString(8, p.country());
        ps.setString(9, p.admin1());
        ps.setString(10, p.featureClass());
        EventMerger.setDouble(ps, 11, p.lat());
        EventMerger.setDouble(ps, 12, p.lon());
        if (p.geonameId() == null) ps.setNull(13, Types.BIGINT); else ps.setLong(13, p.geonameId());
        ps.setDouble(14, p.confidence());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void insertMention(Article a, int idx, MentionRow row, int mergeDays) throws SQLException {
    long eventId = merger.assign(row, mergeDays);
    Event e = row.event();
    String id = a.id() + "#" + idx;
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, a.id());
      ps.setInt(3, idx);
      ps.setLong(4, eventId);
      ps.setString(5, e.id());
      ps.setString(6, row.actor1());
      ps.setString(7, row.actor2());
      ps.setString(8, e.cameo());
      ps.setString(9, row.root());
      ps.setInt(10, e.quadClass());
      ps.setDouble(11, e.goldstein());
      ps.setString(12, e.plover() == null ? null : e.plover().type());
      ps.setString(13, e.plover() == null ? null : e.plover().mode());
      ps.setArray(14, conn.createArrayOf("VARCHAR",
          e.plover() == null ? new Object[0] : e.plover().context().toArray()));
      ps.setString(15, e.date());
      setDate(ps, 16, row.day());
      ps.setString(17, e.dateText());
      EventMerger.setPlace(ps, 18, e.location());
      ps.setBoolean(22, e.negated());
      ps.setString(23, e.modality());
      ps.setDouble(24, e.confidence());
      ps.setInt(25, e.evidence().sentence());
      ps.setInt(26, e.evidence().start());
      ps.setInt(27, e.evidence().end());
      ps.setString(28, e.evidence().text());
      ps.setString(29, e.evidence().trigger());
      ps.setInt(30, row.actor1Offset());
      ps.setInt(31, row.actor2Offset());
      ps.executeUpdate();
    }
    insertActors(id, "source", e.source());
    insertActors(id, "target", e.target());
  }

  private void insertActors(String mentionId, String side, List<Actor> actors) throws SQLException {
    if (actors.isEmpty()) return;
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO mention_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < actors.size(); i++) {
        Actor x = actors.get(i);
        ps.setString(1, mentionId);
        ps.setString(2, side);
        ps.setInt(3, i);
        ps.setString(4, x.text());
        ps.setString(5, x.name());
        ps.setString(6, x.code());
        ps.setString(7, x.country());
        ps.setString(8, x.sector());
        ps.setString(9, x.role());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void setDate(PreparedStatement ps, int at, LocalDate d) throws SQLException {
    if (d == null) ps.setNull(at, Types.DATE);
    else ps.setDate(at, Date.valueOf(d));
  }
}

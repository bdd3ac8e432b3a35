package org.dateline.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.output.ArticleJson;

/**
 * Writes coded documents (article, places, mentions, actors, merged events). Each document is
 * written whole or not at all; commits come every {@code batch} documents (1 unless the caller
 * asks for more: bulk loads of coded records) or {@link #MAX_WAIT_MS}, and on {@link #flush}. A document that fails rolls back its batch, and the documents before it
 * in the batch are written again, so one bad document loses nothing else. A process killed before
 * a commit leaves those documents unstored, and the next run stores them.
 */
final class ArticleWriter {
  static final long MAX_WAIT_MS = 2_000;

  private final Connection conn;
  private WriterState state;
  private NearDuplicates near;
  private EventMerger merger;
  private final Statements statements;
  private final List<Pending> pending = new ArrayList<>();
  private long batchStarted;
  private int batch = 1;

  private record Pending(Document doc, int mergeDays) {}

  ArticleWriter(Connection conn) throws SQLException {
    this.conn = conn;
    this.statements = new Statements(conn);
    conn.setAutoCommit(false);
    reload();
  }

  private void reload() throws SQLException {
    if (near != null) near.close();
    if (merger != null) merger.close();
    state = WriterState.load(conn);
    near = new NearDuplicates(conn, state);
    merger = new EventMerger(conn, state);
  }

  void batch(int documents) {
    this.batch = Math.max(1, documents);
  }

  Store.Outcome lookup(String id, String hash) {
    return state.lookup(id, hash);
  }

  Store.Outcome put(Document doc, int mergeDays) throws SQLException {
    Store.Outcome outcome;
    try {
      outcome = write(doc, mergeDays);
    } catch (SQLException | RuntimeException e) {
      recover();
      throw e;
    }
    if (outcome == Store.Outcome.STORED) {
      if (pending.isEmpty()) batchStarted = System.currentTimeMillis();
      pending.add(new Pending(doc, mergeDays));
      if (pending.size() >= batch || System.currentTimeMillis() - batchStarted >= MAX_WAIT_MS) flush();
    }
    return outcome;
  }

  /** Commits what is written: after this, a crash loses nothing that put() accepted. */
  void flush() throws SQLException {
    if (pending.isEmpty()) return;
    conn.commit();
    pending.clear();
  }

  /** Rolls the batch back and writes again the documents before the one that failed. */
  private void recover() throws SQLException {
    conn.rollback();
    reload();
    List<Pending> again = new ArrayList<>(pending);
    pending.clear();
    for (Pending p : again) write(p.doc(), p.mergeDays());
    pending.addAll(again);
  }

  private Store.Outcome write(Document doc, int mergeDays) throws SQLException {
    Article a = doc.article();
    String hash = Fingerprint.contentHash(a.text());
    // The same story may come twice in one batch: the state knows what this batch wrote.
    Store.Outcome seen = state.lookup(a.id(), hash);
    if (seen != Store.Outcome.STORED) return seen;
    Set<Long> shingles = Fingerprint.shingles(a.text());
    long[] bands = Fingerprint.bands(shingles);
    insertArticle(doc, hash, near.find(shingles, bands));
    state.addArticle(a.id(), hash);
    near.addBands(a.id(), bands);
    insertPlaces(a.id(), doc.places());
    List<Event> events = doc.events();
    for (int i = 0; i < events.size(); i++) insertMention(a, i, MentionRow.of(events.get(i), a), mergeDays);
    return Store.Outcome.STORED;
  }

  void close() throws SQLException {
    flush();
    near.close();
    merger.close();
    statements.close();
  }

  private void insertArticle(Document doc, String hash, NearDuplicates.Match dup) throws SQLException {
    Article a = doc.article();
    Dateline d = a.dateline();
    PreparedStatement ps = statements.article;
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

  private void insertPlaces(String articleId, List<Place> places) throws SQLException {
    statements.places.insert(places.size(), (ps, at, i) -> {
      Place p = places.get(i);
      ps.setString(at, articleId);
      ps.setInt(at + 1, i);
      ps.setString(at + 2, p.text());
      ps.setInt(at + 3, p.start());
      ps.setInt(at + 4, p.end());
      ps.setInt(at + 5, p.sentence());
      ps.setString(at + 6, p.name());
      ps.setString(at + 7, p.country());
      ps.setString(at + 8, p.admin1());
      ps.setString(at + 9, p.featureClass());
      EventMerger.setDouble(ps, at + 10, p.lat());
      EventMerger.setDouble(ps, at + 11, p.lon());
      if (p.geonameId() == null) ps.setNull(at + 12, Types.BIGINT); else ps.setLong(at + 12, p.geonameId());
      ps.setDouble(at + 13, p.confidence());
      ps.setString(at + 14, p.featureKind());
      ps.setString(at + 15, p.usedAs());
    });
  }

  private void insertMention(Article a, int idx, MentionRow row, int mergeDays) throws SQLException {
    long eventId = merger.assign(row, mergeDays);
    Event e = row.event();
    String id = a.id() + "#" + idx;
    PreparedStatement ps = statements.mention;
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
    insertActors(id, "source", e.source());
    insertActors(id, "target", e.target());
  }

  private void insertActors(String mentionId, String side, List<Actor> actors) throws SQLException {
    statements.actors.insert(actors.size(), (ps, at, i) -> {
      Actor x = actors.get(i);
      ps.setString(at, mentionId);
      ps.setString(at + 1, side);
      ps.setInt(at + 2, i);
      ps.setString(at + 3, x.text());
      ps.setString(at + 4, x.name());
      ps.setString(at + 5, x.code());
      ps.setString(at + 6, x.country());
      ps.setString(at + 7, x.sector());
      ps.setString(at + 8, x.role());
    });
  }

  private static void setDate(PreparedStatement ps, int at, LocalDate d) throws SQLException {
    if (d == null) ps.setNull(at, Types.DATE);
    else ps.setDate(at, Date.valueOf(d));
  }

  /** The inserts, prepared once: preparing costs more than running them. */
  private static final class Statements {
    final PreparedStatement article;
    final RowInserts places;
    final PreparedStatement mention;
    final RowInserts actors;

    Statements(Connection conn) throws SQLException {
      article = conn.prepareStatement("INSERT INTO articles VALUES (" + marks(18) + ")");
      places = new RowInserts(conn, "places", 16);
      mention = conn.prepareStatement("INSERT INTO mentions VALUES (" + marks(31) + ")");
      actors = new RowInserts(conn, "mention_actors", 9);
    }

    private static String marks(int n) {
      return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    void close() throws SQLException {
      article.close();
      mention.close();
      places.close();
      actors.close();
    }
  }
}

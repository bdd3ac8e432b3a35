package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tables of the store. Articles, mentions (one per coded event in an article, with its evidence),
 * their actors and the article's places are written once, in one transaction per article; events
 * are mentions merged across articles. The counts GDELT gives for an event (NumMentions,
 * NumSources, NumArticles, first and last seen) are computed by the {@code event_stats} view, so
 * they can never disagree with the mentions after a crash. An event is factual when its mentions
 * tell the act as having happened ({@link org.dateline.model.Event#factual}); mentions of acts
 * denied or only supposed make events of their own, never merged with factual ones.
 */
final class StoreSchema {
  // 2: places gained feature_kind and used_as (added to a version-1 store when it is opened).
  // 3: events gained factual; an older store's events are split when it is opened (FactualSplit).
  static final int VERSION = 3;

  private StoreSchema() {}

  private static final String[] DDL = {
      """
      CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
      """
      CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL UNIQUE, date DATE, source VARCHAR,
        title VARCHAR, url VARCHAR, text VARCHAR NOT NULL, body_offset INTEGER,
        dateline_text VARCHAR, dateline_place VARCHAR, dateline_date DATE, dateline_source VARCHAR,
        origin VARCHAR, duplicate_of VARCHAR, similarity DOUBLE, n_events INTEGER NOT NULL,
        record JSON NOT NULL, ingested_at TIMESTAMP NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS article_bands (band INTEGER NOT NULL, hash BIGINT NOT NULL,
        article_id VARCHAR NOT NULL)""",
      """
      CREATE TABLE IF NOT EXISTS places (
        article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, char_start INTEGER,
        char_end INTEGER, sentence INTEGER, name VARCHAR, country VARCHAR, admin1 VARCHAR,
        feature_class VARCHAR, lat DOUBLE, lon DOUBLE, geoname_id BIGINT, confidence DOUBLE,
        feature_kind VARCHAR, used_as VARCHAR, PRIMARY KEY (article_id, idx))""",
      """
      CREATE TABLE IF NOT EXISTS events (
        id BIGINT PRIMARY KEY, actor1 VARCHAR, actor2 VARCHAR, cameo VARCHAR NOT NULL,
        cameo_root VARCHAR NOT NULL, quad_class INTEGER, goldstein DOUBLE, plover_type VARCHAR,
        first_day DATE, last_day DATE, place_name VARCHAR, place_country VARCHAR,
        lat DOUBLE, lon DOUBLE, factual BOOLEAN)""",
      """
      CREATE TABLE IF NOT EXISTS mentions (
        id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
        event_id BIGINT NOT NULL, local_id VARCHAR, actor1 VARCHAR, actor2 VARCHAR,
        cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, quad_class INTEGER, goldstein DOUBLE,
        plover_type VARCHAR, plover_mode VARCHAR, plover_context VARCHAR[], date_value VARCHAR,
        day DATE, date_text VARCHAR, place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
        negated BOOLEAN, modality VARCHAR, confidence DOUBLE, sentence INTEGER, char_start INTEGER,
        char_end INTEGER, evidence VARCHAR, trigger VARCHAR, actor1_offset INTEGER,
        actor2_offset INTEGER)""",
      """
      CREATE TABLE IF NOT EXISTS mention_actors (
        mention_id VARCHAR NOT NULL, side VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR,
        name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR,
        PRIMARY KEY (mention_id, side, idx))""",
  };

  /** The schema version a store was written with; 0 for a file that is no store yet. */
  static int version(Connection c) throws SQLException {
    if (!FactualSplit.exists(c, "meta", null)) return 0;
    try (Statement s = c.createStatement();
         java.sql.ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
      return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
    }
  }

  /** Tables written per article, which a folder of Parquet tables (the Spark job's output) also holds. */
  static final java.util.List<String> ARTICLE_TABLES = java.util.List.of("articles", "places", "events", "mentions",
      "mention_actors");

  private static final String[] VIEWS = {
      // A near-duplicate counts as its original: same article, same source, for independence.
      """
      CREATE OR REPLACE VIEW article_origin AS
        SELECT a.id, coalesce(a.duplicate_of, a.id) AS original,
               coalesce(o.source, o.id) AS original_source
        FROM articles a LEFT JOIN articles o ON o.id = coalesce(a.duplicate_of, a.id)""",
      """
      CREATE OR REPLACE VIEW event_stats AS
        SELECT e.*, count(*) AS num_mentions,
               count(DISTINCT ao.original_source) AS num_sources,
               count(DISTINCT ao.original) AS num_articles,
               min(a.date) AS first_seen, max(a.date) AS last_seen,
               avg(m.confidence) AS confidence
        FROM events e JOIN mentions m ON m.event_id = e.id
          JOIN articles a ON a.id = m.article_id JOIN article_origin ao ON ao.id = a.id
        GROUP BY ALL""",
      // An actor's events are those that happened; its mentions are all it has.
      """
      CREATE OR REPLACE VIEW actors AS
        SELECT code, name, country, sector, count(*) AS mentions,
               count(DISTINCT m.event_id) FILTER (WHERE e.factual) AS events, min(text) AS example
        FROM mention_actors ma JOIN mentions m ON m.id = ma.mention_id JOIN events e ON e.id = m.event_id
        GROUP BY code, name, country, sector""",
  };

  /**
   * Views of the store over a folder of Parquet tables, one sub-folder per table as Spark writes
   * them (articles/part-*.parquet, ...), with the derived views the queries use.
   */
  static void parquetViews(Connection c, java.nio.file.Path dir) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : ARTICLE_TABLES) {
        java.nio.file.Path t = dir.resolve(table);
        if (!java.nio.file.Files.isDirectory(t)) {
          throw new SQLException("no table '" + table + "' in " + dir + " (expected the output of dateline spark code)");
        }
        String glob = "'" + t.toAbsolutePath().toString().replace("'", "''") + "/*.parquet'";
        String replace = table.equals("articles") ? " REPLACE (CAST(record AS JSON) AS record)" : "";
        s.execute("CREATE VIEW " + table + " AS SELECT *" + replace + " FROM read_parquet(" + glob + ")");
      }
      if (FactualSplit.needed(c)) {
        throw new SQLException("the events in " + dir + " do not say which are factual (written by an older "
            + "dateline spark code): run it again");
      }
      for (String ddl : VIEWS) s.execute(ddl);
    }
  }

  static void create(Connection c) throws SQLException {
    boolean unsplit = FactualSplit.needed(c);
    try (Statement s = c.createStatement()) {
      for (String ddl : DDL) s.execute(ddl);
      // A version-1 store lacks the newer columns; its older rows keep nulls there (places
      // as places, as all version-1 rows were).
      s.execute("ALTER TABLE places ADD COLUMN IF NOT EXISTS feature_kind VARCHAR");
      s.execute("ALTER TABLE places ADD COLUMN IF NOT EXISTS used_as VARCHAR");
      if (unsplit) FactualSplit.apply(c);
      for (String ddl : VIEWS) s.execute(ddl);
      s.execute("INSERT INTO meta VALUES ('schema_version', '" + VERSION + "') "
          + "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    }
  }
}

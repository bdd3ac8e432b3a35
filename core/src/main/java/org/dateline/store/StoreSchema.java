package org.dateline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tables of the store. Articles, mentions (one per coded event in an article, with its evidence),
 * their actors and the article's places are written once, in one transaction per article; events
 * are mentions merged across articles. The counts GDELT gives for an event (NumMentions,
 * NumSources, NumArticles, first and last seen) are computed by the {@code event_stats} view, so
 * they can never disagree with the mentions after a crash.
 */
final class StoreSchema {
  // 2: places gained feature_kind and used_as (added to a version-1 store when it is opened).
  static final int VERSION = 2;

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
        lat DOUBLE, lon DOUBLE)""",
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
      """
      CREATE OR REPLACE VIEW actors AS
        SELECT code, name, country, sector, count(*) AS mentions,
               count(DISTINCT m.event_id) AS events, min(text) AS example
        FROM mention_actors ma JOIN mentions m ON m.id = ma.mention_id
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
      for (String ddl : VIEWS) s.execute(ddl);
    }
  }

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String ddl : DDL) s.execute(ddl);
      for (String ddl : VIEWS) s.execute(ddl);
      // A version-1 store lacks the newer columns; its older rows keep nulls there (places
      // as places, as all version-1 rows were).
      s.execute("ALTER TABLE places ADD COLUMN IF NOT EXISTS feature_kind VARCHAR");
      s.execute("ALTER TABLE places ADD COLUMN IF NOT EXISTS used_as VARCHAR");
      s.execute("INSERT INTO meta VALUES ('schema_version', '" + VERSION + "') "
          + "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    }
  }
}

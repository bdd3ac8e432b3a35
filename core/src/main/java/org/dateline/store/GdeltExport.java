package org.dateline.store;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GDELT 2.0 export: the event table (61 tab-separated columns) and the mentions table (16), in
 * GDELT's column order and conventions, without a header, blanks for what Dateline does not know
 * (tone, ethnic and religion codes, ADM2, where the actors are). Actor country codes are CAMEO
 * (ISO alpha-3); the geographic columns use FIPS 10-4 country codes as GDELT does ({@link GdeltGeo}).
 * Timestamps (DATEADDED, EventTimeDate, MentionTimeDate) are when Dateline stored the article, in
 * UTC, as GDELT's are when it first saw the article.
 */
public final class GdeltExport {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private static final String EVENTS = """
      SELECT e.*, r.sentence, r.url, r.article_id, r.added,
             a1.name AS a1_name, a1.country AS a1_country, a1.sector AS a1_sector,
             a2.name AS a2_name, a2.country AS a2_country, a2.sector AS a2_sector
      FROM event_stats e
      JOIN (SELECT m.event_id, m.id AS mid, m.sentence, coalesce(a.url, a.id) AS url, a.id AS article_id,
                   min(a.ingested_at) OVER (PARTITION BY m.event_id) AS added,
                   row_number() OVER (PARTITION BY m.event_id ORDER BY a.date, m.id) AS rn
            FROM mentions m JOIN articles a ON a.id = m.article_id) r ON r.event_id = e.id AND r.rn = 1
      LEFT JOIN LATERAL (SELECT coalesce(name, text) AS name, country, sector FROM mention_actors x
            WHERE x.mention_id = r.mid AND coalesce(x.code, x.country) = e.actor1
            ORDER BY x.side = 'source' DESC, x.idx LIMIT 1) a1 ON TRUE
      LEFT JOIN LATERAL (SELECT coalesce(name, text) AS name, country, sector FROM mention_actors x
            WHERE x.mention_id = r.mid AND coalesce(x.code, x.country) = e.actor2
            ORDER BY x.side = 'target' DESC, x.idx LIMIT 1) a2 ON TRUE
      WHERE %s
      ORDER BY e.id""";

  private static final String MENTIONS = """
      SELECT m.event_id, first.added, a.ingested_at, a.source, coalesce(a.url, a.id) AS url, m.sentence,
             m.actor1_offset, m.actor2_offset, m.char_start, m.confidence, length(a.text) AS doc_len
      FROM mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id
      JOIN (SELECT m2.event_id, min(a2.ingested_at) AS added FROM mentions m2
            JOIN articles a2 ON a2.id = m2.article_id GROUP BY m2.event_id) first ON first.event_id = m.event_id
      WHERE %s
      ORDER BY m.event_id, a.date, m.id""";

  private GdeltExport() {}

  /** Writes the event table (with {@code all}, events not told as having happened too); returns the rows written. */
  public static long events(Connection c, Writer out, boolean all) throws SQLException, IOException {
    long n = 0;
    String sql = EVENTS.formatted(EventSql.factual(all, "e"));
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        row(out, eventRow(rs));
        n++;
      }
    }
    return n;
  }

  private static List<Object> eventRow(ResultSet rs) throws SQLException {
    LocalDate day = rs.getDate("first_day").toLocalDate();
    List<Object> r = new ArrayList<>(61);
    r.add(rs.getLong("id"));
    r.add(day.format(DAY));
    r.add(day.format(DAY).substring(0, 6));
    r.add(day.getYear());
    r.add(fractionDate(day));
    actor(r, rs.getString("actor1"), rs.getString("a1_name"), rs.getString("a1_country"), rs.getString("a1_sector"));
    actor(r, rs.getString("actor2"), rs.getString("a2_name"), rs.getString("a2_country"), rs.getString("a2_sector"));
    r.add(rs.getInt("sentence") == 0 ? 1 : 0); // IsRootEvent: said in the lead sentence
    String cameo = rs.getString("cameo");
    String code = cameo.length() == 2 ? cameo + "0" : cameo; // GDELT writes a bare root "02" as "020"
    r.add(code);
    r.add(code.length() > 3 ? code.substring(0, 3) : code);
    r.add(rs.getString("cameo_root"));
    r.add(rs.getInt("quad_class"));
    r.add(rs.getDouble("goldstein"));
    r.add(rs.getLong("num_mentions"));
    r.add(rs.getLong("num_sources"));
    r.add(rs.getLong("num_articles"));
    r.add(null); // AvgTone: Dateline does not score tone
    GdeltGeo.NONE.addTo(r); // Actor1Geo
    GdeltGeo.NONE.addTo(r); // Actor2Geo
    GdeltGeo.of(rs.getString("place_name"), rs.getString("place_country"), (Double) rs.getObject("lat"),
        (Double) rs.getObject("lon")).addTo(r);
    r.add(stamp(rs.getTimestamp("added")));
    r.add(rs.getString("url"));
    return r;
  }

  /** Code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3: ten columns. */
  private static void actor(List<Object> r, String code, String name, String country, String sector) {
    r.add(code);
    r.add(name == null ? null : name.toUpperCase(Locale.ROOT));
    r.add(country);
    r.add(knownGroup(code, sector));
    r.add(null);
    r.add(null);
    r.add(null);
    r.add(sector);
    r.add(null);
    r.add(null);
  }

  /**
   * GDELT's FractionDate: the year plus ((month - 1) * 30 + day) / 365, four decimals (the
   * codebook's rough, month-of-30-days measure, kept so the column sorts and compares as GDELT's).
   */
  static String fractionDate(LocalDate day) {
    double fraction = ((day.getMonthValue() - 1) * 30 + day.getDayOfMonth()) / 365.0;
    return String.format(Locale.ROOT, "%.4f", day.getYear() + fraction);
  }

  /** KnownGroupCode: the organisation's own code, "UNO" for "UNO" or "IGOUNO"; blank for others. */
  static String knownGroup(String code, String sector) {
    if (code == null || !("IGO".equals(sector) || "NGO".equals(sector))) return null;
    String own = code.startsWith(sector) && code.length() > 3 ? code.substring(3) : code;
    return own.length() > 3 ? own.substring(0, 3) : own;
  }

  private static String stamp(Timestamp t) {
    return t == null ? null : STAMP.format(t.toInstant());
  }

  /** MentionSourceName: for a web page the domain it came from ("bbc.co.uk"), else the source's name. */
  static String sourceName(String url, String source) {
    if (url != null && (url.startsWith("http://") || url.startsWith("https://"))) {
      try {
        String host = URI.create(url).getHost();
        if (host != null && !host.isEmpty()) return host.startsWith("www.") ? host.substring(4) : host;
      } catch (IllegalArgumentException e) {
        // not a URL after all: fall back to the source's name
      }
    }
    return source;
  }

  /** Writes the mentions table of the events {@link #events} writes; returns the number of rows. */
  public static long mentions(Connection c, Writer out, boolean all) throws SQLException, IOException {
    long n = 0;
    String sql = MENTIONS.formatted(EventSql.factual(all, "e"));
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        List<Object> r = new ArrayList<>(16);
        r.add(rs.getLong(1));
        r.add(stamp(rs.getTimestamp(2)));
        r.add(stamp(rs.getTimestamp(3)));
        r.add(1); // MentionType: WEB
        r.add(sourceName(rs.getString(5), rs.getString(4)));
        r.add(rs.getString(5));
        r.add(rs.getInt(6) + 1); // SentenceID counts from 1
        r.add(rs.getInt(7));
        r.add(rs.getInt(8));
        r.add(rs.getInt(9));
        r.add(1); // InRawText
        r.add(Math.round(rs.getDouble(10) * 100));
        r.add(rs.getLong(11));
        r.add(null);
        r.add(null);
        r.add(null);
        row(out, r);
        n++;
      }
    }
    return n;
  }

  private static void row(Writer out, List<Object> cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append('\t');
      Object v = cells.get(i);
      if (v != null) sb.append(String.valueOf(v).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
    out.write(sb.append('\n').toString());
  }
}

package org.dateline.store;

import java.io.IOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns an {@link EventFilter} into a WHERE clause over {@code event_stats e}, with its parameters. */
final class EventSql {
  /** At most this many articles from a full-text search restrict the events. */
  static final int MAX_TEXT_HITS = 10_000;
  private static final Map<String, String> ORDER = Map.of("date", "e.first_day", "mentions", "e.num_mentions",
      "sources", "e.num_sources", "articles", "e.num_articles", "goldstein", "e.goldstein", "id", "e.id");

  final StringBuilder sql = new StringBuilder(" WHERE TRUE");
  final List<Object> params = new ArrayList<>();

  EventSql(EventFilter f, TextIndex index) throws IOException {
    actor(f);
    dyad(f);
    if (f.cameo() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.cameo LIKE ?)");
      params.add(f.cameo() + "%");
    }
    eq("e.cameo_root", f.root());
    eq("e.quad_class", f.quad());
    eq("e.plover_type", f.plover());
    eq("e.place_country", f.placeCountry());
    if (f.from() != null) {
      sql.append(" AND e.last_day >= ?");
      params.add(Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      sql.append(" AND e.first_day <= ?");
      params.add(Date.valueOf(f.to()));
    }
    near(f.near());
    text(f.text(), index);
    if (!f.all()) sql.append(" AND ").append(factual(false, "e"));
  }

  /** The condition on events {@code e} that keeps only acts told as having happened, unless all are wanted. */
  static String factual(boolean all, String e) {
    return all ? "TRUE" : e + ".factual";
  }

  String orderBy(EventFilter f) {
    String key = f.sort().startsWith("-") ? f.sort().substring(1) : f.sort();
    return " ORDER BY " + ORDER.get(key) + (f.sort().startsWith("-") ? " DESC" : " ASC") + ", e.id";
  }

  private void actor(EventFilter f) {
    if (f.actor() == null && f.country() == null && f.sector() == null && f.name() == null) return;
    // One actor must match every actor filter given: "--country CHN --sector MIL" is China's military.
    sql.append(" AND EXISTS (SELECT 1 FROM mentions m JOIN mention_actors a ON a.mention_id = m.id "
        + "WHERE m.event_id = e.id");
    if (f.actor() != null) {
      sql.append(" AND starts_with(a.code, ?)");
      params.add(f.actor());
    }
    if (f.country() != null) {
      sql.append(" AND a.country = ?");
      params.add(f.country());
    }
    if (f.sector() != null) {
      sql.append(" AND a.sector = ?");
      params.add(f.sector());
    }
    if (f.name() != null) {
      sql.append(" AND (a.name ILIKE ? OR a.text ILIKE ?)");
      params.add("%" + f.name() + "%");
      params.add("%" + f.name() + "%");
    }
    sql.append(")");
  }

  /** An actor key matches a dyad side by code prefix (CHN matches CHNGOV) or, for keys that are countries, exactly. */
  private void dyad(EventFilter f) {
    if (f.dyadA() == null) return;
    String one = "(starts_with(e.actor1, ?) AND starts_with(e.actor2, ?))";
    sql.append(" AND (").append(one);
    params.add(f.dyadA());
    params.add(f.dyadB());
    if (f.mutual()) {
      sql.append(" OR ").append(one);
      params.add(f.dyadB());
      params.add(f.dyadA());
    }
    sql.append(")");
  }

  private void eq(String column, Object value) {
    if (value == null) return;
    sql.append(" AND ").append(column).append(" = ?");
    params.add(value);
  }

  private void near(double[] near) {
    if (near == null) return;
    sql.append(" AND e.lat IS NOT NULL AND 2 * 6371.0088 * asin(least(1, sqrt(pow(sin(radians(e.lat - ?) / 2), 2)"
        + " + cos(radians(?)) * cos(radians(e.lat)) * pow(sin(radians(e.lon - ?) / 2), 2)))) <= ?");
    params.add(near[0]);
    params.add(near[0]);
    params.add(near[1]);
    params.add(near[2]);
  }

  private void text(String text, TextIndex index) throws IOException {
    if (text == null) return;
    List<TextIndex.Hit> hits = index.search(text, MAX_TEXT_HITS);
    if (hits.isEmpty()) {
      sql.append(" AND FALSE");
      return;
    }
    sql.append(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.article_id IN (");
    for (int i = 0; i < hits.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
      params.add(hits.get(i).id());
    }
    sql.append("))");
  }
}

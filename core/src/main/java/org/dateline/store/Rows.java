package org.dateline.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a query and gives its rows as ordered maps of plain values (strings for dates), ready for JSON or CSV. */
public final class Rows {
  private Rows() {}

  public static List<Map<String, Object>> query(Connection c, String sql, List<?> params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        List<Map<String, Object>> out = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i), plain(rs.getObject(i)));
          out.add(row);
        }
        return out;
      }
    }
  }

  public static long count(Connection c, String sql, List<?> params) throws SQLException {
    List<Map<String, Object>> rows = query(c, sql, params);
    return ((Number) rows.get(0).values().iterator().next()).longValue();
  }

  private static Object plain(Object v) throws SQLException {
    if (v instanceof java.sql.Date d) return d.toLocalDate().toString();
    if (v instanceof java.sql.Timestamp t) return t.toInstant().toString();
    if (v instanceof java.time.temporal.TemporalAccessor t) return t.toString();
    if (v instanceof Array a) return Arrays.asList((Object[]) a.getArray());
    if (v instanceof java.math.BigInteger b) return b.longValue();
    if (v instanceof java.math.BigDecimal b) return b.doubleValue();
    return v;
  }
}

package org.dateline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Multi-row INSERT statements for one table, prepared once per row count: DuckDB runs one
 * statement of n rows far faster than n statements of one row, and stays inside the transaction
 * (its Appender does not).
 */
final class RowInserts implements AutoCloseable {
  /** Rows per statement at most; more rows go in several statements. */
  static final int MAX_ROWS = 64;

  private final Connection conn;
  private final String table;
  private final int columns;
  private final Map<Integer, PreparedStatement> byRows = new HashMap<>();

  RowInserts(Connection conn, String table, int columns) {
    this.conn = conn;
    this.table = table;
    this.columns = columns;
  }

  /** Fills one row's columns, numbered from {@code at}. */
  @FunctionalInterface
  interface RowSetter {
    void set(PreparedStatement ps, int at, int row) throws SQLException;
  }

  void insert(int rows, RowSetter setter) throws SQLException {
    for (int from = 0; from < rows; from += MAX_ROWS) {
      int n = Math.min(MAX_ROWS, rows - from);
      PreparedStatement ps = statement(n);
      for (int i = 0; i < n; i++) setter.set(ps, i * columns + 1, from + i);
      ps.executeUpdate();
    }
  }

  private PreparedStatement statement(int rows) throws SQLException {
    PreparedStatement ps = byRows.get(rows);
    if (ps == null) {
      String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
      ps = conn.prepareStatement("INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(rows, row)));
      byRows.put(rows, ps);
    }
    return ps;
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : byRows.values()) ps.close();
    byRows.clear();
  }
}

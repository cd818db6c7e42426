package de.opencrm.infrastructure.persistence.erp;

import de.opencrm.infrastructure.persistence.PostgresqlOnly;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC on the CRM's datasource for the ERP mirror, inside the caller's transaction: look-ups
 * by key lists (at most {@link #IN_LIST} keys a statement, Oracle's limit), batched or copied
 * inserts and batched updates. Portable SQL; PostgreSQL's own only through {@link PostgresqlOnly}.
 */
@ApplicationScoped
public class ErpJdbc {

  static final int IN_LIST = 1000;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  /** Runs a query with its parameters, handing each row over (at most limit; 0: all). */
  void select(String sql, int limit, Row row, Object... parameters) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, parameters);
      s.setMaxRows(limit);
      // streamed a page at a time where the driver can (PostgreSQL inside a transaction); never
      // more than the rows asked for, which H2 refuses
      s.setFetchSize(limit > 0 ? Math.min(limit, IN_LIST) : IN_LIST);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          row.read(r);
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Runs an insert, update or delete with its parameters; returns the rows it touched. */
  int execute(String sql, Object... parameters) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, parameters);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] == null) {
        s.setNull(i + 1, Types.VARCHAR);
      } else {
        s.setObject(i + 1, parameters[i]);
      }
    }
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  interface Row {
    void read(ResultSet row) throws SQLException;
  }

  /** Runs a query ending in a key column over the keys (see {@link #overKeys}). */
  void inChunks(Collection<String> keys, String selectEndingInColumn, Row row) {
    overKeys(selectEndingInColumn, List.of(), keys, row);
  }

  /**
   * Runs a statement ending in a key column for the keys, a thousand at a time, with leading
   * parameters before them, planned as a look-up by key: on PostgreSQL the thousand keys as one
   * array ({@link PostgresqlOnly#keyArray}), elsewhere in an IN list. A query hands its rows to
   * row; an insert, update or delete has none.
   */
  void overKeys(String endingInColumn, List<Long> leading, Collection<String> keys, Row row) {
    if (keys.isEmpty()) {
      return;
    }
    // in key order: two partitions deleting or updating rows of the same keys lock them in the
    // same order, so neither waits for the other in a circle
    List<String> all = new ArrayList<>(keys);
    Collections.sort(all);
    try (Connection db = dataSource.getConnection()) {
      PostgresqlOnly.planForKeyLookUps(db);
      for (int from = 0; from < all.size(); from += IN_LIST) {
        List<String> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
        java.sql.Array array = PostgresqlOnly.keyArray(db, part);
        if (array != null) {
          run(db, endingInColumn + PostgresqlOnly.IN_KEY_ARRAY, leading, List.of(array), row);
          array.free();
        } else {
          run(db, endingInColumn + " IN" + placeholders(part.size()), leading, part, row);
        }
      }
      PostgresqlOnly.planAsUsual(db);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static void run(Connection db, String sql, List<Long> leading, List<?> keys, Row row)
      throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      int index = 1;
      for (Long value : leading) {
        s.setLong(index++, value);
      }
      for (Object key : keys) {
        s.setObject(index++, key);
      }
      if (row == null) {
        s.executeUpdate();
        return;
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          row.read(r);
        }
      }
    }
  }

  /** A column the reconciliation writes, with its SQL type (for a null). */
  record Column(String name, int type) {}

  static Column text(String name) {
    return new Column(name, Types.VARCHAR);
  }

  /**
   * A mirror table as the reconciliation writes it: its key (text) and the other columns, in the
   * order the rows' values come (the other columns, then the key).
   */
  record Shape(String table, String key, Column... others) {
    List<String> columns() {
      List<String> columns = new ArrayList<>();
      for (Column column : others) {
        columns.add(column.name());
      }
      columns.add(key);
      return columns;
    }

    int type(int index) {
      return index < others.length ? others[index].type() : Types.VARCHAR;
    }

    String insert() {
      return "INSERT INTO "
          + table
          + " ("
          + String.join(", ", columns())
          + ") VALUES"
          + placeholders(others.length + 1);
    }

    String update() {
      List<String> set = columns().subList(0, others.length);
      return "UPDATE "
          + table
          + " SET "
          + String.join(" = ?, ", set)
          + " = ? WHERE "
          + key
          + " = ?";
    }
  }

  /** Inserts the rows: copied on PostgreSQL ({@link PostgresqlOnly#copyIn}), else batched. */
  void insert(Shape shape, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection db = dataSource.getConnection()) {
      if (!PostgresqlOnly.copyIn(db, shape.table(), shape.columns(), rows)) {
        batch(db, shape, shape.insert(), rows);
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  void update(Shape shape, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    try (Connection db = dataSource.getConnection()) {
      batch(db, shape, shape.update(), rows);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static void batch(Connection db, Shape shape, String sql, List<Object[]> rows)
      throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          bindValue(s, i + 1, row[i], shape.type(i));
        }
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Binds a value by its Java type; a null as the column's type. */
  private static void bindValue(PreparedStatement s, int index, Object value, int type)
      throws SQLException {
    if (value == null) {
      s.setNull(index, type);
    } else if (value instanceof Instant instant) {
      s.setTimestamp(index, Timestamp.from(instant));
    } else if (value instanceof LocalDate date) {
      s.setDate(index, Date.valueOf(date));
    } else {
      s.setObject(index, value);
    }
  }

  private static String placeholders(int count) {
    return " (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
  }

  static IllegalStateException failed(SQLException e) {
    SQLException next = e.getNextException();
    return new IllegalStateException(
        "the ERP mirror could not be read or written: "
            + e.getMessage()
            + (next == null ? "" : " / " + next.getMessage()),
        e);
  }

  /** Refreshes the planner's statistics of tables the run has just filled. */
  void refreshStatistics(String... tables) {
    try (Connection db = dataSource.getConnection()) {
      PostgresqlOnly.refreshStatistics(db, tables);
    } catch (SQLException e) {
      throw failed(e);
    }
  }
}

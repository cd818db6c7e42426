package de.opencrm.infrastructure.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;

/**
 * The statements the CRM runs only on PostgreSQL, each with its reason; everything else it runs is
 * portable SQL (schema changes only a vendor understands live in {@code db/migration/<vendor>}). On
 * any other database these do nothing.
 */
final class PostgresqlOnly {

  /**
   * The condition that follows a key column when its keys come as one array, see {@link #keyArray}.
   */
  static final String IN_KEY_ARRAY = " = ANY (?)";

  private PostgresqlOnly() {}

  /**
   * The keys as one array parameter for {@link #IN_KEY_ARRAY}, or null on other databases (they get
   * an IN list). One parameter instead of a thousand: the driver binds and PostgreSQL parses and
   * plans one value, not a thousand.
   */
  static Array keyArray(Connection db, Collection<String> keys) throws SQLException {
    return isPostgresql(db) ? db.createArrayOf("varchar", keys.toArray(new String[0])) : null;
  }

  /**
   * Copies rows into a table in the current transaction (COPY ... FROM STDIN, text format) and
   * answers true, or answers false on other databases (they get batched inserts). PostgreSQL takes
   * copied rows in bulk; a batch of inserts is parsed, bound and executed a statement at a time,
   * and the driver encodes every value of it once more to measure the message. Values: text,
   * numbers, booleans, dates ({@link LocalDate}), instants ({@link Instant}, in UTC), null.
   */
  static boolean copyIn(Connection db, String table, List<String> columns, List<Object[]> rows)
      throws SQLException {
    if (!isPostgresql(db)) {
      return false;
    }
    CopyText text = new CopyText(rows.size() * 200);
    for (Object[] row : rows) {
      text.row(row);
    }
    try {
      db.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
              new ByteArrayInputStream(text.bytes()));
    } catch (IOException e) {
      throw new SQLException("the rows could not be copied into " + table, e);
    }
    return true;
  }

  /**
   * Rows in COPY's text format: tab between values, a line per row, null as \N, backslash, tab and
   * line breaks in text escaped. Numbers, dates ({@link LocalDate}) and instants ({@link Instant},
   * ISO in UTC) as they print; an instant repeated from the row before is formatted once.
   */
  static final class CopyText {
    private final StringBuilder text;
    private Instant lastInstant;
    private String lastInstantText;

    CopyText(int capacity) {
      text = new StringBuilder(capacity);
    }

    void row(Object[] values) {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        value(values[i]);
      }
      text.append('\n');
    }

    private void value(Object value) {
      if (value == null) {
        text.append("\\N");
      } else if (value instanceof String string) {
        escaped(string);
      } else if (value instanceof Long number) {
        text.append(number.longValue());
      } else if (value instanceof Integer number) {
        text.append(number.intValue());
      } else if (value instanceof BigDecimal number) {
        // toString is remembered by the number and plain unless the exponent is far from zero
        boolean plain = number.scale() >= 0 && number.precision() - number.scale() > -6;
        text.append(plain ? number.toString() : number.toPlainString());
      } else if (value instanceof Boolean b) {
        text.append(b ? 't' : 'f');
      } else if (value instanceof Instant instant) {
        if (!instant.equals(lastInstant)) {
          lastInstant = instant;
          lastInstantText = instant.toString();
        }
        text.append(lastInstantText);
      } else {
        text.append(value);
      }
    }

    /** Most values hold nothing to escape: those are appended whole. */
    private void escaped(String string) {
      int first = 0;
      while (first < string.length() && !special(string.charAt(first))) {
        first++;
      }
      if (first == string.length()) {
        text.append(string);
        return;
      }
      text.append(string, 0, first);
      for (int i = first; i < string.length(); i++) {
        char c = string.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
    }

    private static boolean special(char c) {
      return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    byte[] bytes() {
      return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /**
   * Refreshes the planner's statistics of tables a run has just filled, before a statement that
   * joins them: this machine's PostgreSQL (autovacuum off) or one that has not got round to them
   * yet would plan it for the tables as they were, empty. A table the CRM's user does not own is
   * skipped with a warning, not an error.
   */
  static void refreshStatistics(Connection db, String... tables) throws SQLException {
    execute(db, "ANALYZE " + String.join(", ", tables));
  }

  /**
   * Plans the following statements of the current transaction as look-ups by key, until {@link
   * #planAsUsual}: for the values they are given and the tables' present size, and through their
   * indexes. PostgreSQL keeps a plan for a statement prepared on the connection after a few runs:
   * planned while the ERP mirror was still empty (the first load fills it from nothing in one run),
   * the look-up by debtor numbers read the whole table a thousand keys at a time. And a table the
   * run is filling has no statistics yet: costing every row fetched as a page read from disk, the
   * planner preferred reading all of a half-filled mirror (46 ms) to fetching a few thousand rows
   * by key (5 ms). Only for look-ups: the foreign key checks of inserts would be planned again for
   * every row.
   */
  static void planForKeyLookUps(Connection db) throws SQLException {
    execute(db, "SET LOCAL plan_cache_mode = force_custom_plan");
    execute(db, "SET LOCAL enable_seqscan = off");
  }

  /** Lets PostgreSQL keep plans again for the rest of the transaction. */
  static void planAsUsual(Connection db) throws SQLException {
    execute(db, "SET LOCAL plan_cache_mode = auto");
    execute(db, "SET LOCAL enable_seqscan = on");
  }

  private static void execute(Connection db, String statement) throws SQLException {
    if (isPostgresql(db)) {
      try (Statement set = db.createStatement()) {
        set.execute(statement);
      }
    }
  }

  private static boolean isPostgresql(Connection db) throws SQLException {
    return db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }
}

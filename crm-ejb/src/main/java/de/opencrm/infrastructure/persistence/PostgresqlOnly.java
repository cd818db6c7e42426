package de.opencrm.infrastructure.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Locale;

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

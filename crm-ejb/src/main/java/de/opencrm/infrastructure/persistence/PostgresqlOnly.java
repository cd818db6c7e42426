package de.opencrm.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The statements the CRM runs only on PostgreSQL, each with its reason; everything else it runs is
 * portable SQL (schema changes only a vendor understands live in {@code db/migration/<vendor>}). On
 * any other database these do nothing.
 */
final class PostgresqlOnly {

  private PostgresqlOnly() {}

  /**
   * Plans the following statements of the current transaction for the values they are given and the
   * tables' present size, until {@link #planAsUsual}. PostgreSQL keeps a plan for a statement
   * prepared on the connection after a few runs: planned while the ERP mirror was still empty (the
   * first load fills it from nothing in one run), the look-up by debtor numbers read the whole
   * table a thousand keys at a time. Only for look-ups: the foreign key checks of inserts would be
   * planned again for every row.
   */
  static void planForPresentSizes(Connection db) throws SQLException {
    set(db, "SET LOCAL plan_cache_mode = force_custom_plan");
  }

  /** Lets PostgreSQL keep plans again for the rest of the transaction. */
  static void planAsUsual(Connection db) throws SQLException {
    set(db, "SET LOCAL plan_cache_mode = auto");
  }

  private static void set(Connection db, String setting) throws SQLException {
    if (isPostgresql(db)) {
      try (Statement set = db.createStatement()) {
        set.execute(setting);
      }
    }
  }

  private static boolean isPostgresql(Connection db) throws SQLException {
    return db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
  }
}

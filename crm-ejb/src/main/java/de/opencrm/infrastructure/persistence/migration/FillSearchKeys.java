package de.opencrm.infrastructure.persistence.migration;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.common.PhoneticKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 5.1: computes the keys V5 added (and the account search key, which now includes the
 * street) for rows written before, with the same Java the entities use, since no SQL speaks Kölner
 * Phonetik. Reads in id order a batch at a time, so a large table never sits in memory.
 */
public class FillSearchKeys extends DataMigration {

  private static final int BATCH = 1000;

  public FillSearchKeys() {
    super("5.1", "fill search keys", 51);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    fill(
        db,
        "SELECT id, name, billing_street, billing_postal_code, billing_city, erp_debtor_number,"
            + " vat_id FROM crm_account",
        "UPDATE crm_account SET search_key = ?, phonetic_key = ? WHERE id = ?",
        (row, write) -> {
          String name = row.getString(2);
          write.setString(
              1,
              Account.searchKeyOf(
                  name,
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  row.getString(6),
                  row.getString(7)));
          write.setString(2, PhoneticKey.of(name));
          write.setLong(3, row.getLong(1));
        });
    fill(
        db,
        "SELECT id, first_name, last_name FROM crm_contact",
        "UPDATE crm_contact SET phonetic_key = ? WHERE id = ?",
        (row, write) -> {
          write.setString(1, PhoneticKey.of(row.getString(2), row.getString(3)));
          write.setLong(2, row.getLong(1));
        });
  }

  /** Sets the update's parameters from one row read; the id is the row's first column. */
  @FunctionalInterface
  private interface RowUpdate {
    void bind(ResultSet row, PreparedStatement write) throws SQLException;
  }

  /** Runs the update for every row the select reads, a batch at a time in id order. */
  private static void fill(Connection db, String select, String update, RowUpdate rowUpdate)
      throws SQLException {
    try (PreparedStatement read = db.prepareStatement(select + " WHERE id > ? ORDER BY id");
        PreparedStatement write = db.prepareStatement(update)) {
      read.setMaxRows(BATCH);
      long last = Long.MIN_VALUE;
      int n;
      do {
        n = 0;
        read.setLong(1, last);
        try (ResultSet row = read.executeQuery()) {
          while (row.next()) {
            last = row.getLong(1);
            rowUpdate.bind(row, write);
            write.addBatch();
            n++;
          }
        }
        write.executeBatch();
      } while (n == BATCH);
    }
  }
}

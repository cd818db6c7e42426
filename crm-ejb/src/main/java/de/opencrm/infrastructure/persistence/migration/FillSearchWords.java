package de.opencrm.infrastructure.persistence.migration;

import de.opencrm.domain.common.SearchWords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 18.1: cuts the stored search and phonetic keys of every account and contact into the
 * words V18 keeps, with the same Java the entities use. Reads in id order a batch at a time, so a
 * large table never sits in memory.
 */
public class FillSearchWords extends DataMigration {

  private static final int BATCH = 1000;

  public FillSearchWords() {
    super("18.1", "fill search words", 181);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    fill(db, "crm_account", "INSERT INTO crm_account_word (account_id, word) VALUES (?, ?)");
    fill(db, "crm_contact", "INSERT INTO crm_contact_word (contact_id, word) VALUES (?, ?)");
  }

  private static void fill(Connection db, String table, String insert) throws SQLException {
    try (PreparedStatement read =
            db.prepareStatement(
                "SELECT id, search_key, phonetic_key FROM " + table + " WHERE id > ? ORDER BY id");
        PreparedStatement write = db.prepareStatement(insert)) {
      read.setMaxRows(BATCH);
      long last = Long.MIN_VALUE;
      int n;
      do {
        n = 0;
        read.setLong(1, last);
        try (ResultSet row = read.executeQuery()) {
          while (row.next()) {
            last = row.getLong(1);
            for (String word : SearchWords.of(row.getString(2), row.getString(3))) {
              write.setLong(1, last);
              write.setString(2, word);
              write.addBatch();
            }
            n++;
          }
        }
        write.executeBatch();
      } while (n == BATCH);
    }
  }
}

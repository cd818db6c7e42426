package de.opencrm.infrastructure.persistence.migration;

import de.opencrm.infrastructure.crypto.FieldCipher;
import de.opencrm.infrastructure.crypto.FieldKeys;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 21.1: encrypts every stored birthday into the column V21 added, a batch of rows at a
 * time in id order, with the key the entities use.
 */
public class SealBirthdays extends DataMigration {

  private static final int BATCH = 1000;

  public SealBirthdays() {
    super("21.1", "seal birthdays", 211);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    FieldCipher cipher = FieldKeys.cipher();
    long after = 0;
    try (PreparedStatement read =
            db.prepareStatement(
                "SELECT id, birthday FROM crm_contact WHERE birthday IS NOT NULL AND id > ?"
                    + " ORDER BY id FETCH FIRST "
                    + BATCH
                    + " ROWS ONLY");
        PreparedStatement write =
            db.prepareStatement("UPDATE crm_contact SET birthday_sealed = ? WHERE id = ?")) {
      boolean more = true;
      while (more) {
        read.setLong(1, after);
        int rows = 0;
        try (ResultSet found = read.executeQuery()) {
          while (found.next()) {
            after = found.getLong(1);
            Date birthday = found.getDate(2);
            write.setString(1, cipher.encrypt(birthday.toLocalDate().toString()));
            write.setLong(2, after);
            write.addBatch();
            rows++;
          }
        }
        write.executeBatch();
        more = rows == BATCH;
      }
    }
  }
}

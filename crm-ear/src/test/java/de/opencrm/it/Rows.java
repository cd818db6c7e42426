package de.opencrm.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads and moves rows straight in the database, for what a test must see or set behind the
 * application's back (a count of stored rows, a date in the past); one id parameter each.
 */
public final class Rows {

  private Rows() {}

  public static long count(DataSource dataSource, String sql, long id) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  public static int update(DataSource dataSource, String sql, long id) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setLong(1, id);
      return statement.executeUpdate();
    }
  }
}

package de.opencrm.infrastructure.audit;

import de.opencrm.domain.audit.AuditChainHead;
import de.opencrm.domain.audit.AuditEntry;
import de.opencrm.domain.audit.AuditEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Appends audit events to the hash chain with plain JDBC on the CRM's datasource, inside the
 * caller's transaction (the container hands out that transaction's connection): the chain's head
 * row is locked, each event becomes the next entry, and the head moves on. Concurrent transactions
 * append one after another; everything rolls back with the change it records.
 */
public final class AuditWriter {

  static final String DATASOURCE = "java:jboss/datasources/CrmDS";

  private static final String LOCK_HEAD =
      "SELECT last_id, last_hash FROM crm_audit_chain WHERE id = 1 FOR UPDATE";
  private static final String MOVE_HEAD =
      "UPDATE crm_audit_chain SET last_id = ?, last_hash = ? WHERE id = 1";
  private static final String INSERT =
      "INSERT INTO crm_audit_entry (id, at, username, channel, address, action, record_type,"
          + " record_id, record_label, changes, previous_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static volatile DataSource dataSource;

  private AuditWriter() {}

  /** Appends the events in order; nothing happens for none. */
  public static void append(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    try (Connection db = dataSource().getConnection()) {
      AuditChainHead head;
      try (PreparedStatement lock = db.prepareStatement(LOCK_HEAD);
          ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("the audit chain's head row is missing (V19)");
        }
        head = new AuditChainHead(row.getLong(1), row.getString(2));
      }
      try (PreparedStatement insert = db.prepareStatement(INSERT)) {
        for (AuditEvent event : events) {
          bind(insert, head.append(event));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement move = db.prepareStatement(MOVE_HEAD)) {
        move.setLong(1, head.lastId());
        move.setString(2, head.lastHash());
        move.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the audit journal could not be written", e);
    }
  }

  private static void bind(PreparedStatement insert, AuditEntry entry) throws SQLException {
    insert.setLong(1, entry.getId());
    insert.setObject(2, OffsetDateTime.ofInstant(entry.getAt(), ZoneOffset.UTC));
    insert.setString(3, entry.getUsername());
    insert.setString(4, entry.getChannel().name());
    insert.setString(5, entry.getAddress());
    insert.setString(6, entry.getAction().name());
    insert.setString(7, entry.getRecordType());
    if (entry.getRecordId() == null) {
      insert.setNull(8, Types.BIGINT);
    } else {
      insert.setLong(8, entry.getRecordId());
    }
    insert.setString(9, entry.getRecordLabel());
    insert.setString(10, entry.getChanges());
    insert.setString(11, entry.getPreviousHash());
    insert.setString(12, entry.getHash());
  }

  private static DataSource dataSource() {
    DataSource found = dataSource;
    if (found == null) {
      try {
        found = (DataSource) new InitialContext().lookup(DATASOURCE);
      } catch (NamingException e) {
        throw new IllegalStateException("no datasource at " + DATASOURCE, e);
      }
      dataSource = found;
    }
    return found;
  }
}

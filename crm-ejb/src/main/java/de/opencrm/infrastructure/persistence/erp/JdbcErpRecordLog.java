package de.opencrm.infrastructure.persistence.erp;

import de.opencrm.domain.common.Texts;
import de.opencrm.domain.erp.ErpRecordLog;
import de.opencrm.integration.erp.ErpFileCheck;
import de.opencrm.integration.erp.ErpKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How far the job's partitions have read, and the records refused, in plain JDBC. */
@ApplicationScoped
public class JdbcErpRecordLog implements ErpRecordLog {

  @Inject ErpJdbc jdbc;

  @Override
  public void progress(long fileId, int part, long records) {
    if (jdbc.execute(
            "UPDATE crm_erp_progress SET records = ? WHERE file_id = ? AND part = ?",
            records,
            fileId,
            part)
        == 0) {
      jdbc.execute(
          "INSERT INTO crm_erp_progress (file_id, part, records) VALUES (?, ?, ?)",
          fileId,
          part,
          records);
    }
  }

  @Override
  public long progress(long run, ErpKind kind) {
    long[] records = new long[1];
    jdbc.select(
        "SELECT COALESCE(SUM(p.records), 0) FROM crm_erp_progress p"
            + " JOIN crm_erp_file f ON f.id = p.file_id WHERE f.run_id = ? AND f.kind = ?",
        1,
        r -> records[0] = r.getLong(1),
        run,
        kind.name());
    return records[0];
  }

  @Override
  public Set<Long> refusedOrdinals(long fileId) {
    Set<Long> ordinals = new HashSet<>();
    jdbc.select(
        "SELECT ordinal FROM crm_erp_refused WHERE file_id = ?",
        0,
        r -> ordinals.add(r.getLong(1)),
        fileId);
    return ordinals;
  }

  @Override
  public boolean refuse(
      long fileId, long ordinal, long line, String key, ErpFileCheck.Code reason, String detail) {
    List<Boolean> known = new ArrayList<>();
    jdbc.select(
        "SELECT 1 FROM crm_erp_refused WHERE file_id = ? AND ordinal = ?",
        1,
        r -> known.add(true),
        fileId,
        ordinal);
    if (!known.isEmpty()) {
      return false;
    }
    jdbc.execute(
        "INSERT INTO crm_erp_refused (file_id, ordinal, line, record_key, reason, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        fileId,
        ordinal,
        line,
        Texts.cut(key, 40),
        reason.name(),
        Texts.cut(detail, 1000));
    return true;
  }

  @Override
  public void refusedWhenApplied(long fileId) {
    // counted in the database, not on a loaded file: partitions refuse records of one file at once
    jdbc.execute("UPDATE crm_erp_file SET refused = refused + 1 WHERE id = ?", fileId);
  }

  @Override
  public List<Refused> refused(long run, int first, int size) {
    List<Refused> refused = new ArrayList<>();
    jdbc.select(
        "SELECT f.name, r.line, r.record_key, r.reason, r.detail FROM crm_erp_refused r"
            + " JOIN crm_erp_file f ON f.id = r.file_id WHERE f.run_id = ?"
            + " ORDER BY f.id, r.ordinal OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        size,
        r ->
            refused.add(
                new Refused(
                    r.getString(1),
                    r.getLong(2),
                    r.getString(3),
                    ErpFileCheck.Code.valueOf(r.getString(4)),
                    r.getString(5))),
        run,
        first,
        size);
    return refused;
  }
}

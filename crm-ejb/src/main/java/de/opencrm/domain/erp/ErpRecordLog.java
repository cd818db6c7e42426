package de.opencrm.domain.erp;

import de.opencrm.integration.erp.ErpFileCheck;
import de.opencrm.integration.erp.ErpKind;
import java.util.List;
import java.util.Set;

/**
 * What the job keeps of the records it reads: how far each partition has read a file, and the
 * records refused (by the file's check or when applied), with line and reason.
 */
public interface ErpRecordLog {

  record Refused(String file, long line, String key, ErpFileCheck.Code reason, String detail) {}

  Set<Long> refusedOrdinals(long fileId);

  /** Keeps how many of a file's records a partition of its step has read (with the chunk). */
  void progress(long fileId, int part, long records);

  /** How many records of the run's files of a kind the partitions have read so far. */
  long progress(long run, ErpKind kind);

  /** Records a refused record once (a restarted chunk may refuse it again); whether it was new. */
  boolean refuse(
      long fileId, long ordinal, long line, String key, ErpFileCheck.Code reason, String detail);

  /** Counts a record refused when applied with its file's refused records. */
  void refusedWhenApplied(long fileId);

  /** A page of the refused records of a run's files, in file and line order. */
  List<Refused> refused(long run, int first, int size);
}

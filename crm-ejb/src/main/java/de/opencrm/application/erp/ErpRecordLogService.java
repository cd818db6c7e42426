package de.opencrm.application.erp;

import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.erp.ErpRecordInvalid;
import de.opencrm.domain.erp.ErpRecordLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/**
 * What the job's readers keep with each chunk: how far a partition has read each file (for the
 * monitor and a restart), and the records refused when applied.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.EDIT)
public class ErpRecordLogService {

  @Inject ErpRecordLog log;

  /** The records of a file refused already (by its check or an earlier chunk), to pass over. */
  public Set<Long> refusedOrdinals(long fileId) {
    return log.refusedOrdinals(fileId);
  }

  /** Keeps, with the chunk, how many records of each file a partition has read. */
  public void progress(Map<Long, Long> readByFile, int part) {
    readByFile.forEach((file, records) -> log.progress(file, part, records));
  }

  /** Records a record refused when applied (a field the CRM cannot take). */
  public void refuse(long fileId, long ordinal, long line, String key, ErpRecordInvalid why) {
    if (log.refuse(fileId, ordinal, line, key, why.code(), why.detail())) {
      log.refusedWhenApplied(fileId);
    }
  }
}

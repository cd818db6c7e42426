package de.opencrm.application.erp;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.erp.ErpRunRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Which server of a cluster runs the night's reconciliation: the first to claim it. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.EDIT)
public class ErpNightService {

  @Inject ErpRunRepository runs;
  @Inject CompanyTime time;

  /**
   * Claims the night's run for this server: true for the first server to ask, false for every other
   * (of two servers asking at once one insert fails, and its caller takes the exception for
   * "taken").
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claimNight(LocalDate night, String server) {
    return runs.claimNight(night, server, time.now());
  }
}

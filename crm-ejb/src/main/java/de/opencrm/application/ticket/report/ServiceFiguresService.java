package de.opencrm.application.ticket.report;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.ticket.report.Satisfaction;
import de.opencrm.domain.ticket.report.ServiceReportRepository;
import de.opencrm.domain.ticket.report.SlaCompliance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The figures of the service team for those who answer for it (service, managers, administrators:
 * whoever may take ticket data out of the CRM): the queues' load and SLA state now, the SLA
 * compliance of the solved tickets and the customers' satisfaction over the last days.
 */
@Stateless
@RolesAllowed({Role.Names.SERVICE, Role.Names.MANAGER, Role.Names.ADMIN})
@Permission(area = Area.TICKETS, operation = Operation.EXPORT)
public class ServiceFiguresService {

  /** The periods offered, in days up to today. */
  public static final Set<Integer> PERIODS = Set.of(7, 30, 90, 365);

  @Inject ServiceReportRepository figures;
  @Inject CompanyTime time;

  /** The overview for the last {@code days} days, today included. */
  public ServiceOverview overview(int days) {
    if (!PERIODS.contains(days)) {
      throw BusinessException.onField("period", "serviceFigures.period.invalid");
    }
    Instant now = time.now();
    LocalDate today = time.today();
    LocalDate from = today.minusDays(days - 1L);
    Instant start = time.instant(from.atStartOfDay());
    List<SlaCompliance> compliance = figures.compliance(start, now);
    List<Satisfaction> satisfaction = figures.satisfaction(start, now);
    return new ServiceOverview(
        figures.queueLoad(now),
        from,
        today,
        compliance,
        SlaCompliance.total(compliance),
        satisfaction,
        Satisfaction.total(satisfaction));
  }
}

package de.opencrm.application.ticket;

import de.opencrm.domain.admin.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Looks for due SLA escalations every minute, as the service role (not persistent). */
@Singleton
@RunAs(Role.Names.SERVICE)
@PermitAll
public class SlaEscalationSchedule {

  @Inject SlaEscalationService escalation;

  @Schedule(hour = "*", minute = "*", second = "50", persistent = false)
  void escalateDue() {
    escalation.escalateDue();
  }
}

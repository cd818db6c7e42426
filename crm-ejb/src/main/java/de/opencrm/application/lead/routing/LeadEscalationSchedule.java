package de.opencrm.application.lead.routing;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Looks for untouched new leads every quarter of an hour (not persistent: a missed run waits). */
@Singleton
public class LeadEscalationSchedule {

  @Inject LeadEscalationService escalation;

  @Schedule(hour = "*", minute = "*/15", second = "30", persistent = false)
  void escalateUntouchedLeads() {
    escalation.escalateUntouchedLeads();
  }
}

package de.opencrm.application.ticket;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.ticket.ServiceQueueRepository;
import de.opencrm.domain.ticket.SlaPolicy;
import de.opencrm.domain.ticket.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Plans a ticket's SLA deadlines anew after a change, from its policy and its queue's calendar. */
@ApplicationScoped
public class SlaPlanner {

  @Inject ServiceQueueRepository queues;
  @Inject CompanyTime time;

  public SlaPolicy policyOf(Ticket ticket) {
    return queues
        .slaPolicy(ticket.getPriority(), ticket.getTier())
        .orElseThrow(() -> new IllegalStateException("no SLA policy for " + ticket.getNumber()));
  }

  public void plan(Ticket ticket) {
    ticket.planSla(policyOf(ticket), ticket.getQueue().calendar(), time.now());
  }
}

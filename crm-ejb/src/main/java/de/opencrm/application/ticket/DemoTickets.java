package de.opencrm.application.ticket;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.ticket.QueueMember;
import de.opencrm.domain.ticket.TicketQueue;
import de.opencrm.domain.ticket.TicketRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode only, and only into a queue without agents: the demo service team (Sven Seidel for
 * hardware, Sophie Sauer for billing and English) works the Kundenservice queue.
 */
@Singleton
@Startup
@DependsOn("UserBootstrap")
public class DemoTickets {

  private static final Logger LOG = Logger.getLogger(DemoTickets.class.getName());

  @Inject TicketRepository tickets;
  @Inject UserRepository users;

  @Inject
  @ConfigProperty(name = "crm.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void createDemoQueue() {
    TicketQueue queue = tickets.queues().stream().findFirst().orElse(null);
    if (!demo || queue == null || !tickets.members(queue.getId()).isEmpty()) {
      return;
    }
    member(queue, "service", 1, "hardware,installation", "de");
    member(queue, "service2", 2, "billing", "de,en");
    LOG.info("Demo mode: the service team works the queue " + queue.getName() + ".");
  }

  private void member(
      TicketQueue queue, String username, int position, String categories, String languages) {
    Stamp stamp = Stamp.system();
    users
        .findByUsername(username)
        .ifPresent(
            user -> {
              QueueMember member =
                  new QueueMember(queue, user, position, 25, categories, languages);
              member.recordCreation(stamp.user(), stamp.at());
              tickets.addMember(member);
            });
  }
}

package de.opencrm.application.ticket.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Sends a stored reply right after its transaction committed, not before and never on rollback. */
@ApplicationScoped
public class ReplyDispatch {

  @Inject TicketMailSender sender;

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReplyQueued queued) {
    sender.sendSoon();
  }
}

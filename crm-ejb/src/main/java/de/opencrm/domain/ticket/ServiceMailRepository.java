package de.opencrm.domain.ticket;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.time.Instant;
import java.util.List;

/**
 * The service mailbox: the mails taken in (its log), the replies due to be sent and the reply
 * templates.
 */
public interface ServiceMailRepository {

  /** Whether a mail with this key was taken from the service mailbox already. */
  boolean mailTaken(String mailKey);

  MailIntake addIntake(MailIntake intake);

  /** A page of the mailbox's log, newest first; the filter matches sender or subject. */
  Page<MailIntakeRow> intakes(PageRequest request);

  /** How many tickets mails from this address opened since then. */
  int ticketsOpenedBy(String sender, Instant since);

  /** Replies whose (next) attempt is due, oldest first. */
  List<Long> dueReplies(Instant now, int max);

  /** The reply templates by name. */
  List<ReplyTemplate> templates();
}

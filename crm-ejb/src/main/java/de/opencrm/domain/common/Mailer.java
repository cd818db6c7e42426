package de.opencrm.domain.common;

import jakarta.ejb.ApplicationException;

/** Sends e-mail from the CRM (reminders, notifications) through the configured relay. */
public interface Mailer {

  /** Sends a plain-text mail; a relay that refuses or cannot be reached is a MailFailure. */
  void send(String to, String subject, String text);

  /** The relay did not take the mail; the transaction rolls back, so what was due stays due. */
  @ApplicationException(rollback = true)
  class MailFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

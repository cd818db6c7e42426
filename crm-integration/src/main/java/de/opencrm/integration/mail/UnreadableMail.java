package de.opencrm.integration.mail;

/** A mail that could not be read (broken MIME, unknown encoding); it is logged, never retried. */
public class UnreadableMail extends Exception {

  private static final long serialVersionUID = 1L;

  public UnreadableMail(String message, Throwable cause) {
    super(message, cause);
  }
}

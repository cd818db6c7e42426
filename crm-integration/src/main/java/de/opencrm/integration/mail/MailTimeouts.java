package de.opencrm.integration.mail;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * Jakarta Mail waits for ever by default on a server that accepts the connection and then says
 * nothing; the server's mail sessions cannot set timeouts in their configuration. So the first use
 * of a session bounds connecting and reading, unless the session already says otherwise.
 */
final class MailTimeouts {

  static final String CONNECT_MILLIS = "15000";
  static final String READ_MILLIS = "60000";

  private MailTimeouts() {}

  static void bound(Session session, String protocol) {
    Properties props = session.getProperties();
    props.putIfAbsent("mail." + protocol + ".connectiontimeout", CONNECT_MILLIS);
    props.putIfAbsent("mail." + protocol + ".timeout", READ_MILLIS);
    props.putIfAbsent("mail." + protocol + ".writetimeout", READ_MILLIS);
  }
}

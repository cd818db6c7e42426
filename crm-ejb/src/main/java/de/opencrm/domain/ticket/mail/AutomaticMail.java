package de.opencrm.domain.ticket.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises mails sent by a machine rather than a person (RFC 3834 Auto-Submitted, the Precedence
 * and X-Autoreply headers of vacation notices, mailing lists, bounces from MAILER-DAEMON, the CRM's
 * own address coming back). Such a mail never opens a ticket and is never answered: two systems
 * answering each other would otherwise make tickets without end.
 */
public final class AutomaticMail {

  private AutomaticMail() {}

  /**
   * Why the mail was sent by a machine (a message key), or empty for a person's mail. The headers
   * are keyed in lower case.
   */
  public static Optional<String> reason(
      Map<String, String> headers, String from, String ownAddress) {
    String sender = from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
    if (sender.isEmpty()) {
      return Optional.of("mailIntake.noSender");
    }
    if (ownAddress != null && sender.equals(ownAddress.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of("mailIntake.ownAddress");
    }
    String local = sender.contains("@") ? sender.substring(0, sender.indexOf('@')) : sender;
    if (local.equals("mailer-daemon")
        || local.equals("postmaster")
        || local.startsWith("noreply")
        || local.startsWith("no-reply")
        || local.startsWith("donotreply")) {
      return Optional.of("mailIntake.systemSender");
    }
    String auto = value(headers, "auto-submitted");
    if (!auto.isEmpty() && !auto.startsWith("no")) {
      return Optional.of("mailIntake.autoSubmitted");
    }
    String precedence = value(headers, "precedence");
    if (precedence.equals("bulk")
        || precedence.equals("junk")
        || precedence.equals("list")
        || precedence.equals("auto_reply")) {
      return Optional.of("mailIntake.bulk");
    }
    if (!value(headers, "x-autoreply").isEmpty() || !value(headers, "x-autorespond").isEmpty()) {
      return Optional.of("mailIntake.autoSubmitted");
    }
    if (!value(headers, "list-id").isEmpty() || !value(headers, "list-unsubscribe").isEmpty()) {
      return Optional.of("mailIntake.bulk");
    }
    if (value(headers, "return-path").equals("<>")) {
      return Optional.of("mailIntake.bounce");
    }
    return Optional.empty();
  }

  private static String value(Map<String, String> headers, String name) {
    String v = headers.get(name);
    return v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
  }
}

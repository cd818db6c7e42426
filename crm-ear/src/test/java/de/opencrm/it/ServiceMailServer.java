package de.opencrm.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Properties;

/**
 * A real mail server for the service mailbox tests (GreenMail), on the ports the CRM's server
 * sessions use: SMTP for replies (CRM_SMTP_PORT) and IMAP for the service mailbox
 * (CRM_SERVICE_IMAP_PORT) with the mailbox's login.
 */
public final class ServiceMailServer {

  /** The service mailbox's address and IMAP login (CRM_SERVICE_IMAP_USER in the IT setup). */
  public static final String SERVICE = "service@example.com";

  private ServiceMailServer() {}

  public static GreenMail start() {
    GreenMail mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(port("CRM_SMTP_PORT", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(
                  port("CRM_SERVICE_IMAP_PORT", 3143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    mail.start();
    mail.setUser(SERVICE, SERVICE, "Postfach-2026");
    return mail;
  }

  /** A session that hands mails to the test server as a customer's mail program would. */
  public static Session customerSession() {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(port("CRM_SMTP_PORT", 3025)));
    return Session.getInstance(props);
  }

  /** A customer's plain-text mail to the service mailbox, handed to the test server. */
  public static void sendAsCustomer(String from, String name, String subject, String text)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage mail = new MimeMessage(customerSession());
    mail.setFrom(new InternetAddress(from, name, "UTF-8"));
    mail.setRecipient(Message.RecipientType.TO, new InternetAddress(SERVICE));
    mail.setSubject(subject, "UTF-8");
    mail.setText(text, "UTF-8");
    Transport.send(mail);
  }

  private static int port(String variable, int fallback) {
    String value = System.getenv(variable);
    return value == null ? fallback : Integer.parseInt(value);
  }
}

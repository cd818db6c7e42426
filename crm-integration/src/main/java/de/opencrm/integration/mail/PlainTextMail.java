package de.opencrm.integration.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Sends a plain-text e-mail in UTF-8 through a mail session (the server's SMTP relay). */
public final class PlainTextMail {

  private PlainTextMail() {}

  public static void send(Session session, String to, String subject, String text)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(text, StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(Instant.now()));
    message.setHeader("Auto-Submitted", "auto-generated");
    Transport.send(message);
  }
}

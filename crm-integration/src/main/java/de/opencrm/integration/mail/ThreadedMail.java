package de.opencrm.integration.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Collectors;

/** Sends an {@link OutgoingMail} in UTF-8 through a mail session, keeping its own Message-ID. */
public final class ThreadedMail {

  private ThreadedMail() {}

  public static void send(Session session, OutgoingMail mail)
      throws MessagingException, UnsupportedEncodingException {
    MailTimeouts.bound(session, "smtp");
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + mail.messageId() + ">");
          }
        };
    message.setFrom(
        new InternetAddress(mail.from(), mail.fromName(), StandardCharsets.UTF_8.name()));
    message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.from())});
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setText(mail.text(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(Instant.now()));
    if (mail.inReplyTo() != null) {
      message.setHeader("In-Reply-To", "<" + mail.inReplyTo() + ">");
    }
    if (!mail.references().isEmpty()) {
      message.setHeader(
          "References",
          mail.references().stream().map(id -> "<" + id + ">").collect(Collectors.joining(" ")));
    }
    // a person's answer, not an automatic one; but vacation notices to it are not wanted
    message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
    Transport.send(message);
  }
}

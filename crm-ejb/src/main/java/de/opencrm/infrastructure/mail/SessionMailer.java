package de.opencrm.infrastructure.mail;

import de.opencrm.domain.common.Mailer;
import de.opencrm.integration.mail.PlainTextMail;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

/** Mail through the server's session java:jboss/mail/crm (40-mail.cli: CRM_SMTP_HOST, ...). */
@ApplicationScoped
public class SessionMailer implements Mailer {

  @Resource(lookup = "java:jboss/mail/crm")
  Session session;

  @Override
  public void send(String to, String subject, String text) {
    try {
      PlainTextMail.send(session, to, subject, text);
    } catch (MessagingException e) {
      throw new MailFailure("the mail relay did not take the mail to " + to, e);
    }
  }
}

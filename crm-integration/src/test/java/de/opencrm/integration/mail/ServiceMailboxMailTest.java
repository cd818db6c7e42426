package de.opencrm.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mailbox adapters against a real SMTP and IMAP server (GreenMail, in process): an HTML mail
 * with a file is read with its text, threading headers and attachment, marked read once taken; a
 * reply goes out with its own Message-ID and the threading headers.
 */
class ServiceMailboxMailTest {

  private GreenMail mail;
  private Session imap;
  private Session smtp;

  @BeforeEach
  void start() {
    mail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    mail.start();
    mail.setUser("service@firma.de", "service", "geheim");
    mail.setUser("anna@kunde.de", "anna", "geheim");
    Properties props = new Properties();
    props.put("mail.imap.host", "127.0.0.1");
    props.put("mail.imap.port", String.valueOf(mail.getImap().getPort()));
    props.put("mail.imap.user", "service");
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
    imap =
        Session.getInstance(
            props,
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("service", "geheim");
              }
            });
    smtp = Session.getInstance(props);
  }

  @AfterEach
  void stop() {
    mail.stop();
  }

  @Test
  void readsAnHtmlMailWithItsFileAndMarksItTaken() throws Exception {
    MimeMessage sent = new MimeMessage(smtp);
    sent.setFrom(new InternetAddress("anna@kunde.de", "Anna Kunde", "UTF-8"));
    sent.setRecipient(Message.RecipientType.TO, new InternetAddress("service@firma.de"));
    sent.setSubject("AW: [T-2026-000123] Drucker druckt nicht", "UTF-8");
    sent.setHeader("In-Reply-To", "<T-2026-000123.abc@firma.de>");
    sent.setHeader("References", "<first@kunde.de> <T-2026-000123.abc@firma.de>");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(
        "<p>Guten Tag,</p><p>er druckt <b>immer noch</b> nicht.<br>Grüße</p>",
        "text/html; charset=UTF-8");
    MimeBodyPart file = new MimeBodyPart();
    file.setText("Fehler 42", "UTF-8");
    file.setFileName("fehlerprotokoll.txt");
    file.setDisposition(MimeBodyPart.ATTACHMENT);
    sent.setContent(new MimeMultipart(html, file));
    Transport.send(sent);

    try (ImapInbox inbox = ImapInbox.open(imap, "INBOX")) {
      List<MimeMessage> unread = inbox.unread(10);
      assertThat(unread).hasSize(1);
      ReceivedMail read = ReceivedMailReader.read(unread.get(0));
      assertThat(read.fromAddress()).isEqualTo("anna@kunde.de");
      assertThat(read.fromName()).isEqualTo("Anna Kunde");
      assertThat(read.subject()).isEqualTo("AW: [T-2026-000123] Drucker druckt nicht");
      assertThat(read.text()).contains("Guten Tag,").contains("er druckt immer noch nicht.");
      assertThat(read.text()).doesNotContain("<p>");
      assertThat(read.inReplyTo()).contains("T-2026-000123.abc@firma.de");
      assertThat(read.references()).contains("first@kunde.de");
      assertThat(read.key()).isEqualTo(read.messageId()).isNotBlank();
      assertThat(read.attachments()).hasSize(1);
      assertThat(read.attachments().get(0).fileName()).isEqualTo("fehlerprotokoll.txt");
      assertThat(new String(read.attachments().get(0).content(), StandardCharsets.UTF_8))
          .isEqualTo("Fehler 42");
      inbox.markTaken(unread.get(0));
    }
    try (ImapInbox inbox = ImapInbox.open(imap, "INBOX")) {
      assertThat(inbox.unread(10)).isEmpty();
    }
  }

  @Test
  void aReplyCarriesItsOwnIdAndTheThreadingHeaders() throws Exception {
    ThreadedMail.send(
        smtp,
        new OutgoingMail(
            "service@firma.de",
            "Kundenservice",
            "anna@kunde.de",
            "Re: [T-2026-000123] Drucker druckt nicht",
            "Guten Tag Frau Kunde,\nbitte starten Sie ihn neu.",
            "T-2026-000123.r1@firma.de",
            "a2@kunde.de",
            List.of("a1@kunde.de", "a2@kunde.de")));
    MimeMessage received = mail.getReceivedMessagesForDomain("kunde.de")[0];
    assertThat(received.getMessageID()).isEqualTo("<T-2026-000123.r1@firma.de>");
    assertThat(received.getHeader("In-Reply-To", null)).isEqualTo("<a2@kunde.de>");
    assertThat(received.getHeader("References", null)).isEqualTo("<a1@kunde.de> <a2@kunde.de>");
    assertThat(received.getSubject()).isEqualTo("Re: [T-2026-000123] Drucker druckt nicht");
    assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Kundenservice");
    assertThat(String.valueOf(received.getContent())).contains("bitte starten Sie ihn neu.");
  }
}

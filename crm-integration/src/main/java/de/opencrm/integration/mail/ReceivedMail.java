package de.opencrm.integration.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A mail read from a mailbox, as the CRM needs it: a key unique to the mail (its Message-ID, or a
 * digest of its headers when it has none), the threading headers, sender and recipient, subject,
 * the text (the plain part, or the HTML part's text), every header in lower case for the loop
 * checks, and the attached files.
 */
public record ReceivedMail(
    String key,
    String messageId,
    String inReplyTo,
    String references,
    String fromAddress,
    String fromName,
    String to,
    String subject,
    Instant sentAt,
    String text,
    Map<String, String> headers,
    List<Attachment> attachments) {

  /** A file that came with the mail. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}

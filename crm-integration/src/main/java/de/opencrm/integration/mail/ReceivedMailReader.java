package de.opencrm.integration.mail;

import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a MIME mail into a {@link ReceivedMail}: the first plain-text part is the text (an HTML
 * part's text when there is no plain one), parts with a file name or marked as attachment are the
 * files, nested multiparts included. A mail that cannot be read says why.
 */
public final class ReceivedMailReader {

  /** More attachments than this in one mail are left out (a mail is not an archive). */
  static final int MAX_ATTACHMENTS = 20;

  private ReceivedMailReader() {}

  public static ReceivedMail read(MimeMessage mail) throws UnreadableMail {
    try {
      Map<String, String> headers = headers(mail);
      InternetAddress from = firstAddress(mail.getFrom());
      InternetAddress to = firstAddress(mail.getRecipients(Message.RecipientType.TO));
      Content content = new Content();
      collect(mail, content);
      String text =
          content.plain != null ? content.plain : content.html == null ? "" : textOf(content.html);
      String messageId = bare(mail.getMessageID());
      return new ReceivedMail(
          messageId != null ? messageId : digest(mail, headers),
          messageId,
          mail.getHeader("In-Reply-To", " "),
          mail.getHeader("References", " "),
          from == null ? null : from.getAddress(),
          from == null ? null : from.getPersonal(),
          to == null ? null : to.getAddress(),
          mail.getSubject(),
          mail.getSentDate() == null ? null : mail.getSentDate().toInstant(),
          text.strip(),
          headers,
          content.files);
    } catch (MessagingException | IOException | RuntimeException e) {
      throw new UnreadableMail(String.valueOf(e.getMessage()), e);
    }
  }

  private static final class Content {
    String plain;
    String html;
    final List<ReceivedMail.Attachment> files = new ArrayList<>();
  }

  private static void collect(Part part, Content content) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multi = (Multipart) part.getContent();
      for (int i = 0; i < multi.getCount(); i++) {
        collect(multi.getBodyPart(i), content);
      }
    } else if (isFile(part)) {
      if (content.files.size() < MAX_ATTACHMENTS) {
        try (InputStream in = part.getInputStream()) {
          content.files.add(
              new ReceivedMail.Attachment(fileName(part), baseType(part), in.readAllBytes()));
        }
      }
    } else if (part.isMimeType("text/plain") && content.plain == null) {
      content.plain = String.valueOf(part.getContent());
    } else if (part.isMimeType("text/html") && content.html == null) {
      content.html = String.valueOf(part.getContent());
    } else if (part.isMimeType("message/rfc822") && content.files.size() < MAX_ATTACHMENTS) {
      try (InputStream in = part.getInputStream()) {
        content.files.add(
            new ReceivedMail.Attachment("weitergeleitet.eml", "message/rfc822", in.readAllBytes()));
      }
    }
  }

  private static boolean isFile(Part part) throws MessagingException {
    return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
        || part.getFileName() != null && !(part instanceof MimeMessage);
  }

  private static String fileName(Part part) throws MessagingException {
    String name = part.getFileName();
    if (name == null) {
      return "anhang";
    }
    try {
      return MimeUtility.decodeText(name);
    } catch (java.io.UnsupportedEncodingException e) {
      return name;
    }
  }

  private static String baseType(Part part) throws MessagingException {
    String type = part.getContentType();
    int semicolon = type == null ? -1 : type.indexOf(';');
    String base =
        type == null
            ? "application/octet-stream"
            : semicolon < 0 ? type : type.substring(0, semicolon);
    return base.strip().toLowerCase(Locale.ROOT);
  }

  /** The text a reader sees in an HTML mail, lines and paragraphs kept. */
  static String textOf(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("br").after("\n");
    doc.select("p, div, li, tr, h1, h2, h3").after("\n");
    return doc.body() == null
        ? ""
        : doc.body()
            .wholeText()
            .replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n")
            .replaceAll("\n{3,}", "\n\n");
  }

  private static Map<String, String> headers(MimeMessage mail) throws MessagingException {
    Map<String, String> headers = new LinkedHashMap<>();
    Enumeration<Header> all = mail.getAllHeaders();
    while (all.hasMoreElements()) {
      Header h = all.nextElement();
      headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
    }
    return headers;
  }

  private static InternetAddress firstAddress(Address[] addresses) {
    if (addresses == null) {
      return null;
    }
    for (Address a : addresses) {
      if (a instanceof InternetAddress internet) {
        return internet;
      }
    }
    return null;
  }

  /** A Message-ID without its angle brackets and surrounding blanks. */
  static String bare(String messageId) {
    if (messageId == null || messageId.isBlank()) {
      return null;
    }
    String id = messageId.strip();
    if (id.startsWith("<") && id.endsWith(">")) {
      id = id.substring(1, id.length() - 1).strip();
    }
    return id.isEmpty() ? null : id;
  }

  /** A key for a mail without Message-ID: the same mail read again gives the same key. */
  private static String digest(MimeMessage mail, Map<String, String> headers)
      throws MessagingException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String name : List.of("from", "to", "date", "subject", "received")) {
        sha.update(String.valueOf(headers.get(name)).getBytes(StandardCharsets.UTF_8));
      }
      sha.update(Integer.toString(mail.getSize()).getBytes(StandardCharsets.UTF_8));
      Instant sent = mail.getSentDate() == null ? null : mail.getSentDate().toInstant();
      sha.update(String.valueOf(sent).getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

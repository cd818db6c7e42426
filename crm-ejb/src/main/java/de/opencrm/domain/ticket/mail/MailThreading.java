package de.opencrm.domain.ticket.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How mails and tickets find each other: the Message-IDs a mail answers (In-Reply-To first, then
 * References from the newest back), the ticket number a subject names, and the subject and
 * references of a reply so that the customer's mail program shows one conversation.
 */
public final class MailThreading {

  private static final Pattern TICKET_NUMBER = Pattern.compile("\\bT-\\d{4}-\\d{6}\\b");
  private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
  private static final Pattern REPLY_PREFIX =
      Pattern.compile(
          "^\\s*((re|aw|antw|wg|fwd?)\\s*(\\[\\d+])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);

  /** A reply names at most this many earlier mails in References. */
  static final int MAX_REFERENCES = 20;

  private MailThreading() {}

  /** The ticket number the subject names (T-2026-000123), if any; the first one wins. */
  public static Optional<String> ticketNumberIn(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher m = TICKET_NUMBER.matcher(subject.toUpperCase(Locale.ROOT));
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /**
   * The Message-IDs (without angle brackets) the mail answers, nearest first: In-Reply-To, then
   * References from the last (the parent) back to the first.
   */
  public static List<String> answeredIds(String inReplyTo, String references) {
    Set<String> ids = new LinkedHashSet<>(idsIn(inReplyTo));
    List<String> refs = idsIn(references);
    for (int i = refs.size() - 1; i >= 0; i--) {
      ids.add(refs.get(i));
    }
    return List.copyOf(ids);
  }

  /** The Message-IDs in a header value, in their order, without angle brackets. */
  public static List<String> idsIn(String header) {
    List<String> ids = new ArrayList<>();
    if (header == null) {
      return ids;
    }
    Matcher m = MESSAGE_ID.matcher(header);
    while (m.find()) {
      ids.add(m.group(1));
    }
    if (ids.isEmpty() && !header.isBlank() && !header.trim().contains(" ")) {
      ids.add(header.trim());
    }
    return ids;
  }

  /**
   * A Message-ID for a reply of the ticket: unique by the random part, naming the ticket for people
   * reading headers, in the domain of the service address.
   */
  public static String newMessageId(String ticketNumber, UUID random, String serviceAddress) {
    String domain =
        serviceAddress != null && serviceAddress.contains("@")
            ? serviceAddress.substring(serviceAddress.indexOf('@') + 1).strip()
            : "crm.invalid";
    return ticketNumber + "." + random + "@" + domain;
  }

  /** "Re: [T-2026-000123] subject": the number once, reply prefixes of mail programs dropped. */
  public static String replySubject(String ticketNumber, String subject) {
    String bare = REPLY_PREFIX.matcher(subject == null ? "" : subject).replaceFirst("");
    bare = bare.replace("[" + ticketNumber + "]", "").replace(ticketNumber, "").strip();
    return "Re: [" + ticketNumber + "] " + bare;
  }

  /**
   * The References of a reply: the thread's Message-IDs oldest first, the first one always kept and
   * the newest ones after it when there are more than fit.
   */
  public static List<String> references(List<String> threadIds) {
    if (threadIds.size() <= MAX_REFERENCES) {
      return List.copyOf(threadIds);
    }
    List<String> kept = new ArrayList<>();
    kept.add(threadIds.get(0));
    kept.addAll(threadIds.subList(threadIds.size() - (MAX_REFERENCES - 1), threadIds.size()));
    return kept;
  }
}

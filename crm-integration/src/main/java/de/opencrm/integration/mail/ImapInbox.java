package de.opencrm.integration.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.util.Arrays;
import java.util.List;

/**
 * The service mailbox's inbox over IMAP, through the server's mail session (host, port, user and
 * password come from its configuration). Hands out the unread mails, oldest first, and marks each
 * read once the CRM has taken it; a mail not marked is offered again on the next visit.
 */
public final class ImapInbox implements AutoCloseable {

  private final Store store;
  private final Folder inbox;

  private ImapInbox(Store store, Folder inbox) {
    this.store = store;
    this.inbox = inbox;
  }

  /** Connects with the session's IMAP settings and opens the folder for reading and flagging. */
  public static ImapInbox open(Session session, String folder) throws MessagingException {
    MailTimeouts.bound(session, "imap");
    Store store = session.getStore("imap");
    store.connect();
    try {
      Folder inbox = store.getFolder(folder);
      inbox.open(Folder.READ_WRITE);
      return new ImapInbox(store, inbox);
    } catch (MessagingException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Up to max unread mails, oldest first. */
  public List<MimeMessage> unread(int max) throws MessagingException {
    Message[] unseen = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
    Message[] first = Arrays.copyOf(unseen, Math.min(max, unseen.length));
    FetchProfile profile = new FetchProfile();
    profile.add(FetchProfile.Item.ENVELOPE);
    profile.add(FetchProfile.Item.SIZE);
    profile.add(UIDFolder.FetchProfileItem.UID);
    inbox.fetch(first, profile);
    return Arrays.stream(first).map(MimeMessage.class::cast).toList();
  }

  /** The mail was taken (or refused for good): it is not offered again. */
  public void markTaken(MimeMessage mail) throws MessagingException {
    mail.setFlag(Flags.Flag.SEEN, true);
  }

  @Override
  public void close() throws MessagingException {
    try {
      if (inbox.isOpen()) {
        inbox.close(false);
      }
    } finally {
      store.close();
    }
  }
}

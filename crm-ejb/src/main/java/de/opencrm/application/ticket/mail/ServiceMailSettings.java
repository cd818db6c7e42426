package de.opencrm.application.ticket.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service mailbox's settings (CRM_SERVICE_MAIL_*): whether it is read at all and how often, the
 * address customers write to and replies come from, the folder, the largest mail taken, how many
 * tickets one sender may open within an hour, and the queue new tickets go to.
 */
@ApplicationScoped
public class ServiceMailSettings {

  @Inject
  @ConfigProperty(name = "crm.service-mail.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "crm.service-mail.poll-seconds", defaultValue = "60")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "crm.service-mail.address", defaultValue = "service@localhost")
  String address;

  @Inject
  @ConfigProperty(name = "crm.service-mail.name", defaultValue = "Kundenservice")
  String name;

  @Inject
  @ConfigProperty(name = "crm.service-mail.folder", defaultValue = "INBOX")
  String folder;

  @Inject
  @ConfigProperty(name = "crm.service-mail.max-megabytes", defaultValue = "20")
  int maxMegabytes;

  @Inject
  @ConfigProperty(name = "crm.service-mail.tickets-per-sender-hour", defaultValue = "10")
  int ticketsPerSenderHour;

  @Inject
  @ConfigProperty(name = "crm.service-mail.queue-id", defaultValue = "1")
  long queueId;

  public boolean enabled() {
    return enabled;
  }

  public int pollSeconds() {
    return Math.max(pollSeconds, 1);
  }

  public String address() {
    return address;
  }

  public String name() {
    return name;
  }

  public String folder() {
    return folder;
  }

  public long maxBytes() {
    return Math.max(maxMegabytes, 1) * 1024L * 1024L;
  }

  public int ticketsPerSenderHour() {
    return ticketsPerSenderHour;
  }

  public long queueId() {
    return queueId;
  }
}

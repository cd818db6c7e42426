package de.opencrm.application.ticket.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Reads the service mailbox every CRM_SERVICE_MAIL_POLL_SECONDS when CRM_SERVICE_MAIL_ENABLED, and
 * sends replies that are due (a first attempt missed, a retry whose time came) every minute. Not
 * persistent timers: a missed reading is simply the next one.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ServiceMailSchedule {

  private static final Logger LOG = Logger.getLogger(ServiceMailSchedule.class.getName());

  @Inject ServiceMailbox mailbox;
  @Inject TicketMailSender sender;
  @Inject ServiceMailSettings settings;
  @Resource TimerService timers;

  @PostConstruct
  void start() {
    if (settings.enabled()) {
      long every = settings.pollSeconds() * 1000L;
      timers.createIntervalTimer(every, every, new TimerConfig("service-mailbox", false));
      LOG.info("the service mailbox is read every " + settings.pollSeconds() + " s");
    }
  }

  @Timeout
  void readMailbox() {
    mailbox.read();
  }

  @Schedule(hour = "*", minute = "*", second = "40", persistent = false)
  void sendDueReplies() {
    sender.sendDue();
  }
}

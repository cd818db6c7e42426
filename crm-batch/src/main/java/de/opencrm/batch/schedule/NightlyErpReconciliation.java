package de.opencrm.batch.schedule;

import de.opencrm.application.erp.ErpNightService;
import de.opencrm.batch.erp.ErpJobs;
import de.opencrm.domain.admin.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts erp-reconciliation every night at crm.erp.nightly-time (default 02:00, German time) as the
 * technical role INTEGRATION. Every server of a cluster has this timer; the run happens once
 * because each server first claims the night in the database (crm_erp_nightly, keyed by the date):
 * only the first claim succeeds, the others log that the night is taken and do nothing.
 */
@Singleton
@Startup
@PermitAll
@RunAs(Role.Names.INTEGRATION)
public class NightlyErpReconciliation {

  private static final Logger LOG = Logger.getLogger(NightlyErpReconciliation.class.getName());
  private static final ZoneId GERMAN_TIME = ZoneId.of("Europe/Berlin");

  @Inject
  @ConfigProperty(name = "crm.erp.nightly-time", defaultValue = "02:00")
  String nightlyTime;

  @Inject
  @ConfigProperty(name = "crm.erp.nightly", defaultValue = "true")
  boolean enabled;

  @Inject ErpNightService reconciliation;
  @Inject ErpJobs jobs;
  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    if (!enabled) {
      LOG.info("nightly ERP reconciliation is switched off (crm.erp.nightly=false)");
      return;
    }
    LocalTime at = LocalTime.parse(nightlyTime);
    timers.createCalendarTimer(
        new ScheduleExpression()
            .hour(at.getHour())
            .minute(at.getMinute())
            .timezone(GERMAN_TIME.getId()),
        new TimerConfig("erp-reconciliation", false));
  }

  @Timeout
  void nightly() {
    startTonight();
  }

  /** Starts tonight's run unless another server claimed it; returns the execution or -1. */
  public long startTonight() {
    LocalDate night = LocalDate.now(GERMAN_TIME);
    boolean claimed;
    try {
      claimed = reconciliation.claimNight(night, serverName());
    } catch (EJBException e) {
      // two servers inserting the same night at once: the loser's insert fails; any other failure
      // (the database away) is reported here too, and the night is not run by this server
      LOG.warning("ERP reconciliation of " + night + " not claimed: " + e.getMessage());
      return -1;
    }
    if (!claimed) {
      LOG.info("ERP reconciliation of " + night + " is run by another server");
      return -1;
    }
    long execution = jobs.startNightly();
    LOG.info("nightly ERP reconciliation started as execution " + execution);
    return execution;
  }

  private static String serverName() {
    String node = System.getProperty("jboss.node.name");
    if (node != null) {
      return node;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}

package de.opencrm.application.lead.routing;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.DueWork;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.Mailer;
import de.opencrm.domain.lead.EscalationMail;
import de.opencrm.domain.lead.Lead;
import de.opencrm.domain.lead.LeadRepository;
import de.opencrm.domain.lead.LeadSettings;
import de.opencrm.domain.lead.routing.RoutingRuleRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Escalates new leads nobody started on within the hours the administrator set: their owner's
 * managers (the team's, else every manager) get an e-mail, once per lead, and if so configured the
 * lead is routed again to someone who is there. Each lead in its own transaction under a row lock:
 * a relay that is down leaves it due for the next run, and two runs never escalate it twice.
 */
@Stateless
@PermitAll
public class LeadEscalationService {

  private static final Logger LOG = Logger.getLogger(LeadEscalationService.class.getName());

  /** More due leads than this wait for the next run. */
  static final int BATCH = 200;

  @Inject LeadRepository leads;
  @Inject UserRepository users;
  @Inject RoutingRuleRepository rules;
  @Inject LeadRoutingService routing;
  @Inject Mailer mailer;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "crm.base-url", defaultValue = "http://localhost:8080/crm")
  String baseUrl;

  /** Escalates what is due; returns how many leads were escalated. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int escalateUntouchedLeads() {
    int hours = rules.settings().getEscalateAfterHours();
    if (hours <= 0) {
      return 0;
    }
    LeadEscalationService self = context.getBusinessObject(LeadEscalationService.class);
    Instant now = time.now();
    return DueWork.each(
        leads.untouchedBefore(now.minus(Duration.ofHours(hours)), BATCH),
        "lead",
        self::escalate,
        LOG);
  }

  /** Escalates one lead if it is still due. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean escalate(long leadId) {
    LeadSettings settings = rules.settings();
    Duration after = Duration.ofHours(settings.getEscalateAfterHours());
    Instant now = time.now();
    Lead lead = leads.findForUpdate(leadId).orElse(null);
    if (lead == null || !lead.isEscalationDue(now, after)) {
      return false;
    }
    lead.escalate(now);
    String url = baseUrl.replaceAll("/+$", "") + "/leads/lead.xhtml?id=" + lead.getId();
    EscalationMail mail =
        EscalationMail.of(lead, settings.getEscalateAfterHours(), url, time.zone());
    List<User> managers = users.managersFor(lead.getTeam() == null ? null : lead.getTeam().getId());
    for (User manager : managers) {
      if (manager.getEmail() != null && !manager.getEmail().isBlank()) {
        mailer.send(manager.getEmail(), mail.subject(), mail.text());
      }
    }
    if (settings.isEscalationReroute()) {
      routing.routeLead(lead);
    }
    Stamp stamp = Stamp.of(context);
    lead.recordModification(stamp.user(), stamp.at());
    return true;
  }
}

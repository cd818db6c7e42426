package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.opencrm.application.lead.LeadDetail;
import de.opencrm.application.lead.LeadForm;
import de.opencrm.application.lead.LeadService;
import de.opencrm.application.lead.routing.LeadEscalationService;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.LeadStatus;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Escalation by real SMTP: a lead in the north nobody started on for more than the 24 hours set
 * (its receipt moved back in the database) is reported once to the manager of its team; a lead
 * someone works on is not.
 */
@ExtendWith(ArquillianExtension.class)
class LeadEscalationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTestsAndLibraries(List.of(GreenMail.class), LeadEscalationIT.class);
  }

  @Inject LeadService leads;
  @Inject LeadEscalationService escalation;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  private GreenMail smtp;

  @BeforeEach
  void startSmtp() {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.parseInt(System.getenv().getOrDefault("CRM_SMTP_PORT", "3025")),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  private long northLead(String lastName, int hoursAgo) throws Exception {
    LeadForm form = new LeadForm();
    form.setLastName(lastName);
    form.setCompany("Wartend GmbH");
    form.setPostalCode("20457");
    form.setCountry("DE");
    form.setSource(LeadSource.PHONE);
    long id = As.user("marketing", "demo").call(() -> leads.createLead(form)).id();
    Rows.update(
        dataSource,
        "UPDATE crm_lead SET captured_at = CURRENT_TIMESTAMP - INTERVAL '"
            + hoursAgo
            + "' HOUR WHERE id = ?",
        id);
    return id;
  }

  private List<MimeMessage> mailsAbout(String word) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getSubject().contains(word);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  @Test
  void anUntouchedLeadIsReportedOnceToItsTeamsManager() throws Exception {
    String tag = TestData.letterTag();
    long waiting = northLead("Wartet" + tag, 30);
    long fresh = northLead("Frisch" + tag, 2);
    long worked = northLead("Bearbeitet" + tag, 30);
    As admin = As.user("admin", "demo");
    LeadDetail working = admin.call(() -> leads.loadLead(worked));
    admin.run(
        () ->
            leads.changeStatus(
                worked, working.lead().getVersion(), LeadStatus.WORKING, null, null));

    escalation.escalateUntouchedLeads();
    smtp.waitForIncomingEmail(5000, 1);

    List<MimeMessage> mails = mailsAbout("Wartet" + tag);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getAllRecipients()[0].toString()).isEqualTo("manager@example.com");
    assertThat(mails.get(0).getSubject())
        .isEqualTo("Lead unbearbeitet: Wartet" + tag + " (Wartend GmbH)");
    assertThat((String) mails.get(0).getContent()).contains("/leads/lead.xhtml?id=" + waiting);
    assertThat(mailsAbout("Frisch" + tag)).isEmpty();
    assertThat(mailsAbout("Bearbeitet" + tag)).isEmpty();
    assertThat(admin.call(() -> leads.loadLead(waiting)).lead().getEscalatedAt()).isNotNull();
    assertThat(admin.call(() -> leads.loadLead(fresh)).lead().getEscalatedAt()).isNull();

    escalation.escalateUntouchedLeads();
    assertThat(mailsAbout("Wartet" + tag)).as("once only").hasSize(1);
  }
}

package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.ticket.TicketForm;
import de.opencrm.application.ticket.TicketService;
import de.opencrm.application.ticket.TicketSurveyService;
import de.opencrm.application.ticket.admin.QueueForm;
import de.opencrm.application.ticket.admin.ServiceSetupService;
import de.opencrm.application.ticket.report.ServiceFiguresService;
import de.opencrm.application.ticket.report.ServiceOverview;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.domain.ticket.report.QueueLoad;
import de.opencrm.domain.ticket.report.Satisfaction;
import de.opencrm.domain.ticket.report.SlaCompliance;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service overview on PostgreSQL, for a queue of its own: its open tickets, the one past its
 * SLA warning, the solved ones that missed or kept the first response target, and the survey
 * answers of its customers, each counted by the database.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceFiguresIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ServiceFiguresIT.class);
  }

  @Inject ServiceFiguresService figures;
  @Inject ServiceSetupService setup;
  @Inject TicketService tickets;
  @Inject TicketSurveyService surveys;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource database;

  private As admin;
  private As service;
  private As manager;

  @BeforeEach
  void signIn() {
    admin = As.user("admin", "demo");
    service = As.user("service", "demo");
    manager = As.user("manager", "demo");
  }

  private void sql(String statement, Object... parameters) throws Exception {
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    }
  }

  private long open(long queueId, String subject) throws Exception {
    TicketForm form = new TicketForm();
    form.setSubject(subject);
    form.setPriority(TicketPriority.HIGH);
    form.setQueueId(queueId);
    return service.call(() -> tickets.openTicket(form));
  }

  private void solve(long id) throws Exception {
    long version = service.call(() -> tickets.loadTicket(id)).version();
    service.run(() -> tickets.changeStatus(id, version, TicketStatus.SOLVED));
  }

  private void answered(long ticketId, String token, int csat, int nps) throws Exception {
    sql(
        "INSERT INTO crm_ticket_survey (id, ticket_id, token, sent_at, version)"
            + " VALUES (nextval('crm_ticket_survey_seq'), ?, ?, CURRENT_TIMESTAMP, 0)",
        ticketId,
        token);
    surveys.answerSurvey(token, csat, nps, null);
  }

  @Test
  void aQueuesLoadComplianceAndSatisfactionAreCounted() throws Exception {
    String name = "Kennzahlen " + TestData.letterTag();
    QueueForm queue = new QueueForm();
    queue.setName(name);
    long queueId = admin.call(() -> setup.saveQueue(queue));
    long atRisk = open(queueId, "Warnung");
    long late = open(queueId, "Zu spät");
    long inTime = open(queueId, "Rechtzeitig");
    open(queueId, "Offen");

    sql(
        "UPDATE crm_ticket SET first_response_warn_at = CURRENT_TIMESTAMP - INTERVAL '1' HOUR"
            + " WHERE id = ?",
        atRisk);
    sql("UPDATE crm_ticket SET first_response_breached = TRUE WHERE id = ?", late);
    solve(late);
    solve(inTime);
    answered(late, "figures-" + late, 2, 3);
    answered(inTime, "figures-" + inTime, 5, 10);

    ServiceOverview overview = manager.call(() -> figures.overview(7));
    QueueLoad load =
        overview.queues().stream().filter(q -> q.queue().equals(name)).findFirst().orElseThrow();
    assertThat(load.open()).isEqualTo(2);
    assertThat(load.unassigned()).isEqualTo(2);
    assertThat(load.atRisk()).isEqualTo(1);
    assertThat(load.breached()).isZero();

    SlaCompliance kept =
        overview.compliance().stream()
            .filter(c -> c.queue().equals(name))
            .findFirst()
            .orElseThrow();
    assertThat(kept.priority()).isEqualTo(TicketPriority.HIGH);
    assertThat(kept.solved()).isEqualTo(2);
    assertThat(kept.firstResponseKept()).isEqualByComparingTo("50.0");
    assertThat(overview.complianceTotal().solved()).isGreaterThanOrEqualTo(2);

    Satisfaction happy =
        overview.satisfaction().stream()
            .filter(s -> s.queue().equals(name))
            .findFirst()
            .orElseThrow();
    assertThat(happy.csatAverage()).isEqualByComparingTo("3.5");
    assertThat(happy.satisfiedShare()).isEqualByComparingTo("50.0");
    assertThat(happy.nps()).isZero();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> As.user("sales", "demo").call(() -> figures.overview(7)))
        .isInstanceOf(EJBAccessException.class);
  }
}

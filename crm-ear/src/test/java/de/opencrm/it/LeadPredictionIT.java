package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.lead.LeadDetail;
import de.opencrm.application.lead.LeadForm;
import de.opencrm.application.lead.LeadService;
import de.opencrm.application.lead.prediction.LeadPredictionService;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.prediction.ConversionModel;
import de.opencrm.domain.lead.prediction.PredictedScore;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The predictive lead score on PostgreSQL: a history of closed leads in which one industry converts
 * and free-mail leads from another are disqualified trains a model on the administrator's request;
 * leads entered afterwards carry their predicted chance with the factors that weighed most; only
 * the administrator trains.
 */
@ExtendWith(ArquillianExtension.class)
class LeadPredictionIT {

  private static final int PER_OUTCOME = ConversionModel.MIN_PER_OUTCOME + 5;

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(LeadPredictionIT.class);
  }

  @Inject LeadService leads;
  @Inject LeadPredictionService prediction;

  @Resource(lookup = "java:jboss/datasources/CrmDS")
  DataSource dataSource;

  private String tag;

  /** Closed leads as years of sales work would leave them, written straight into the table. */
  private void history(String good, String poor) throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO crm_lead (id, last_name, email, company, industry, postal_code,"
                    + " country, status, score, source, captured_at, submissions, version,"
                    + " created_at, created_by, modified_at, modified_by)"
                    + " VALUES (nextval('crm_lead_seq'), ?, ?, 'Verlauf GmbH', ?, ?, 'DE', ?, 0,"
                    + " ?, ?, 1, 0, ?, 'it', ?, 'it')")) {
      Timestamp at = Timestamp.from(Instant.now().minusSeconds(86_400 * 90));
      for (int i = 0; i < PER_OUTCOME; i++) {
        boolean noise = i % 10 == 9;
        add(
            insert,
            "h" + i,
            "k" + i + "@verlauf-" + tag + ".de",
            good,
            "5066" + i % 10,
            noise ? "DISQUALIFIED" : "CONVERTED",
            "REFERRAL",
            at);
        add(
            insert,
            "p" + i,
            "p" + i + "." + tag + "@gmx.de",
            poor,
            "1011" + i % 10,
            noise ? "CONVERTED" : "DISQUALIFIED",
            "WEB_FORM",
            at);
      }
      insert.executeBatch();
    }
  }

  private void add(
      PreparedStatement insert,
      String name,
      String email,
      String industry,
      String postalCode,
      String status,
      String source,
      Timestamp at)
      throws Exception {
    insert.setString(1, "Verlauf-" + tag + "-" + name);
    insert.setString(2, email);
    insert.setString(3, industry);
    insert.setString(4, postalCode);
    insert.setString(5, status);
    insert.setString(6, source);
    insert.setTimestamp(7, at);
    insert.setTimestamp(8, at);
    insert.setTimestamp(9, at);
    insert.addBatch();
  }

  @AfterEach
  void forgetHistory() throws Exception {
    if (tag != null) {
      try (Connection db = dataSource.getConnection();
          PreparedStatement delete =
              db.prepareStatement("DELETE FROM crm_lead WHERE last_name LIKE ?")) {
        delete.setString(1, "Verlauf-" + tag + "-%");
        delete.executeUpdate();
      }
    }
  }

  private long lead(String industry, String email, String postalCode, LeadSource source)
      throws Exception {
    LeadForm form = new LeadForm();
    form.setLastName("Vorhersage " + TestData.letterTag());
    form.setEmail(email);
    form.setIndustry(industry);
    form.setCompany("Vorhersage Test GmbH");
    form.setPostalCode(postalCode);
    form.setCountry("DE");
    form.setSource(source);
    return As.user("marketing", "demo").call(() -> leads.createLead(form)).id();
  }

  @Test
  void theAdministratorTrainsOnClosedLeadsAndNewLeadsCarryTheirChanceWithItsFactors()
      throws Exception {
    tag = TestData.letterTag().toLowerCase();
    String good = "Prognose" + tag;
    String poor = "Streuung" + tag;
    history(good, poor);

    ConversionModel.Training training = As.user("admin", "demo").call(() -> prediction.train());
    assertThat(training.trained()).isTrue();
    assertThat(training.converted()).isGreaterThanOrEqualTo(PER_OUTCOME - PER_OUTCOME / 10);
    assertThat(training.disqualified()).isGreaterThanOrEqualTo(PER_OUTCOME - PER_OUTCOME / 10);
    assertThat(training.accuracy()).isNotNull();
    assertThat(As.user("admin", "demo").call(() -> prediction.lastTraining()))
        .hasValueSatisfying(t -> assertThat(t.at()).isEqualTo(training.at()));

    long likely = lead(good, "einkauf@kunde-" + tag + ".de", "50667", LeadSource.REFERRAL);
    long unlikely = lead(poor, "jemand." + tag + "@gmx.de", "10115", LeadSource.WEB_FORM);
    LeadDetail high = As.user("admin", "demo").call(() -> leads.loadLead(likely));
    LeadDetail low = As.user("admin", "demo").call(() -> leads.loadLead(unlikely));

    assertThat(high.lead().getPredictedScore()).isGreaterThan(60);
    assertThat(low.lead().getPredictedScore()).isLessThan(40);
    assertThat(high.lead().prediction().orElseThrow().factors())
        .filteredOn(PredictedScore.Factor::positive)
        .extracting(PredictedScore.Factor::feature)
        .contains("industry=" + good.toLowerCase());
    assertThat(low.lead().prediction().orElseThrow().factors())
        .filteredOn(f -> !f.positive())
        .extracting(PredictedScore.Factor::feature)
        .contains("industry=" + poor.toLowerCase());
  }

  @Test
  void onlyTheAdministratorTrains() {
    assertThatThrownBy(() -> As.user("sales", "demo").call(() -> prediction.train()))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> As.user("marketing", "demo").call(() -> prediction.lastTraining()))
        .isInstanceOf(EJBAccessException.class);
  }
}

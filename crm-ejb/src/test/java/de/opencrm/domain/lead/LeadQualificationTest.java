package de.opencrm.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.lead.scoring.ScoreCard;
import de.opencrm.domain.lead.scoring.ScoreCriterion;
import de.opencrm.domain.lead.scoring.ScoreHit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadQualificationTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static Lead lead() {
    return new Lead(
        new LeadPerson("Jonas", "Krüger", "j@hanse.de", null, "Leiter", "de"),
        new LeadOrigin(LeadSource.WEB_FORM, NOW));
  }

  private static ScoreCard card(int points) {
    return ScoreCard.of(List.of(new ScoreHit(ScoreCriterion.JOB_TITLE, "Leiter", points)));
  }

  @Test
  void reachingTheThresholdMakesALeadMql() {
    Lead lead = lead();

    lead.applyScore(card(59), 60, NOW);
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.NEW);

    lead.applyScore(card(60), 60, NOW);
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.MQL);
    assertThat(lead.getQualifiedAt()).isEqualTo(NOW);
    assertThat(lead.scoreCard().hits()).hasSize(1);
  }

  @Test
  void aLowerScoreLaterDoesNotTakeMqlAwayAndAThresholdOfZeroNeverQualifies() {
    Lead lead = lead();
    lead.applyScore(card(80), 60, NOW);
    lead.applyScore(card(10), 60, NOW);
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.MQL);

    Lead other = lead();
    other.applyScore(card(100), 0, NOW);
    assertThat(other.getStatus()).isEqualTo(LeadStatus.NEW);
  }

  @Test
  void salesAcceptAnMqlOrRejectItWithAReason() {
    Lead accepted = lead();
    accepted.applyScore(card(70), 60, NOW);
    accepted.moveTo(LeadStatus.SQL, null, null);
    assertThat(accepted.getStatus()).isEqualTo(LeadStatus.SQL);

    Lead rejected = lead();
    rejected.applyScore(card(70), 60, NOW);
    assertThatThrownBy(() -> rejected.moveTo(LeadStatus.RECYCLED, null, "später"))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.getField()).isEqualTo("statusReason"));
    rejected.moveTo(LeadStatus.RECYCLED, StatusReason.NO_BUDGET, "Budget erst 2027");
    assertThat(rejected.getStatus()).isEqualTo(LeadStatus.RECYCLED);
    assertThat(rejected.getStatusReason()).isEqualTo(StatusReason.NO_BUDGET);
  }

  @Test
  void aConvertedOrDisqualifiedLeadIsNotScoredIntoMql() {
    Lead lead = lead();
    lead.moveTo(LeadStatus.DISQUALIFIED, StatusReason.SPAM, null);
    lead.applyScore(card(90), 60, NOW);
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.DISQUALIFIED);
    assertThat(lead.getScore()).isEqualTo(90);
  }

  @Test
  void aRepeatedSubmissionCountsAndKeepsTheNewMessage() {
    Lead lead = lead();
    lead.leaveMessage("Bitte um Rückruf");
    lead.submittedAgain("  ", NOW);
    assertThat(lead.getMessage()).isEqualTo("Bitte um Rückruf");
    lead.submittedAgain("Jetzt dringend", NOW);
    assertThat(lead.getSubmissions()).isEqualTo(3);
    assertThat(lead.getMessage()).isEqualTo("Jetzt dringend");
    assertThat(lead.scoringFacts().submissions()).isEqualTo(3);
  }

  @Test
  void aLeadBeingWorkedOnConvertsOnceAndOnlyThen() {
    Lead fresh = lead();
    assertThat(fresh.mayConvert()).as("nobody has looked at it yet").isFalse();
    assertThatThrownBy(() -> fresh.convert(1L, 2L, NOW)).isInstanceOf(BusinessException.class);

    Lead qualified = lead();
    qualified.applyScore(card(70), 60, NOW);
    qualified.moveTo(LeadStatus.SQL, null, null);
    qualified.convert(11L, 12L, NOW);
    assertThat(qualified.getStatus()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(qualified.getConvertedAccountId()).isEqualTo(11L);
    assertThat(qualified.getConvertedContactId()).isEqualTo(12L);
    assertThat(qualified.getConvertedAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> qualified.convert(13L, 14L, NOW))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("lead.notConvertible"));
    assertThat(qualified.getConvertedAccountId()).isEqualTo(11L);
  }

  @Test
  void theConversionNoteCarriesTheOriginAndTheMessage() {
    Lead lead =
        new Lead(
            new LeadPerson("Jonas", "Krüger", null, null, null, "de"),
            new LeadOrigin(
                LeadSource.WEB_FORM,
                "kontakt",
                "https://www.example.com/kontakt",
                "https://www.google.de/",
                new LeadOrigin.Utm("newsletter", "email", "herbst26", null, null),
                NOW));
    lead.leaveMessage("Bitte Angebot für 20 Lizenzen");

    String note = LeadConversionNote.of(lead);

    assertThat(note)
        .contains("Herkunft: WEB_FORM")
        .contains("Formular: kontakt")
        .contains("Seite: https://www.example.com/kontakt")
        .contains("Kampagne (UTM): newsletter / email / herbst26")
        .contains("Nachricht: Bitte Angebot für 20 Lizenzen");
    assertThat(LeadConversionNote.subject(lead)).isEqualTo("Aus Lead übernommen: Jonas Krüger");
  }
}

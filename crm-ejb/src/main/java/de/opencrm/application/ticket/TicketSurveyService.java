package de.opencrm.application.ticket;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.ticket.TicketSurvey;
import de.opencrm.domain.ticket.TicketSurveyRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The customer's side of the satisfaction survey, without a login: the link's token finds the
 * survey, which is answered once (CSAT, comment, NPS) and then kept with the ticket and the person.
 */
@Stateless
@PermitAll
public class TicketSurveyService {

  @Inject TicketSurveyRepository surveys;
  @Inject CompanyTime time;

  /** The survey behind the link, if the link is one. */
  public Optional<SurveyQuestion> openSurvey(String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return Optional.empty();
    }
    return surveys
        .surveyByToken(token)
        .map(
            s ->
                new SurveyQuestion(
                    s.getTicket().getNumber(),
                    s.getTicket().getSubject(),
                    s.getAnsweredAt() != null,
                    s.getAnsweredAt() == null && !s.isOpen(time.now())));
  }

  /** Records the answer; a link answered before or too old is refused with the reason. */
  public void answerSurvey(String token, Integer csat, Integer nps, String comment) {
    TicketSurvey survey =
        token == null || token.length() > 64 ? null : surveys.surveyByToken(token).orElse(null);
    if (survey == null) {
      throw new BusinessException("survey.notFound");
    }
    survey.answer(csat, nps, comment, time.now());
  }
}

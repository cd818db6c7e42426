package de.opencrm.domain.ticket;

import java.util.Optional;

/** The satisfaction surveys sent when tickets are solved. */
public interface TicketSurveyRepository {

  TicketSurvey addSurvey(TicketSurvey survey);

  /** The ticket's survey, if one was sent. */
  Optional<TicketSurvey> surveyOf(long ticketId);

  /** The survey a link belongs to, locked for the answer. */
  Optional<TicketSurvey> surveyByToken(String token);
}

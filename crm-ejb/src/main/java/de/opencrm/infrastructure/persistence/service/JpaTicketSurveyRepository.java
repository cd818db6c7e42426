package de.opencrm.infrastructure.persistence.service;

import de.opencrm.domain.ticket.TicketSurvey;
import de.opencrm.domain.ticket.TicketSurveyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaTicketSurveyRepository implements TicketSurveyRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public TicketSurvey addSurvey(TicketSurvey survey) {
    em.persist(survey);
    return survey;
  }

  @Override
  public Optional<TicketSurvey> surveyOf(long ticketId) {
    return em.createQuery(
            "SELECT s FROM TicketSurvey s WHERE s.ticket.id = :ticket", TicketSurvey.class)
        .setParameter("ticket", ticketId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<TicketSurvey> surveyByToken(String token) {
    return em.createQuery("SELECT s FROM TicketSurvey s WHERE s.token = :token", TicketSurvey.class)
        .setParameter("token", token)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}

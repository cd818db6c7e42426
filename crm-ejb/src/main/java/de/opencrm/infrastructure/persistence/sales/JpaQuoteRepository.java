package de.opencrm.infrastructure.persistence.sales;

import de.opencrm.domain.opportunity.Opportunity;
import de.opencrm.domain.quote.LineItem;
import de.opencrm.domain.quote.Quote;
import de.opencrm.domain.quote.QuoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaQuoteRepository implements QuoteRepository {

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public List<LineItem> lineItems(long opportunityId) {
    return em.createQuery(
            "SELECT i FROM LineItem i WHERE i.opportunity.id = :opportunity"
                + " ORDER BY i.position, i.id",
            LineItem.class)
        .setParameter("opportunity", opportunityId)
        .getResultList();
  }

  @Override
  public Optional<LineItem> findLineItem(long id) {
    return Optional.ofNullable(em.find(LineItem.class, id));
  }

  @Override
  public LineItem addLineItem(LineItem item) {
    em.persist(item);
    return item;
  }

  @Override
  public void removeLineItem(LineItem item) {
    em.remove(item);
  }

  @Override
  public void lockForQuote(Opportunity opportunity) {
    em.lock(opportunity, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Quote addQuote(Quote quote) {
    em.persist(quote);
    return quote;
  }

  @Override
  public Optional<Quote> findQuote(long id) {
    return Optional.ofNullable(em.find(Quote.class, id));
  }

  @Override
  public List<Quote> quotesOf(long opportunityId) {
    return em.createQuery(
            "SELECT q FROM Quote q WHERE q.opportunity.id = :opportunity"
                + " ORDER BY q.createdAt DESC, q.revision DESC",
            Quote.class)
        .setParameter("opportunity", opportunityId)
        .getResultList();
  }
}

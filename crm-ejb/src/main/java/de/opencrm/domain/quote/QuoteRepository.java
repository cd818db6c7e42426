package de.opencrm.domain.quote;

import de.opencrm.domain.opportunity.Opportunity;
import java.util.List;
import java.util.Optional;

/** Line items of opportunities, their quotes and the number range the quotes are numbered from. */
public interface QuoteRepository {

  /** An opportunity's lines in their order (a quote holds tens, not thousands). */
  List<LineItem> lineItems(long opportunityId);

  Optional<LineItem> findLineItem(long id);

  LineItem addLineItem(LineItem item);

  void removeLineItem(LineItem item);

  /** The opportunity, locked for writing until the transaction ends: one quote at a time. */
  void lockForQuote(Opportunity opportunity);

  Quote addQuote(Quote quote);

  Optional<Quote> findQuote(long id);

  /** An opportunity's quotes, newest first. */
  List<Quote> quotesOf(long opportunityId);
}

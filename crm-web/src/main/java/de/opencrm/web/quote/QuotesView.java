package de.opencrm.web.quote;

import de.opencrm.application.quote.QuoteRequest;
import de.opencrm.application.quote.QuoteRow;
import de.opencrm.application.quote.QuoteService;
import de.opencrm.web.opportunity.OpportunityView;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The quotes section of the opportunity page: every version made, to download, and a new one made
 * from the lines as they are, to the person chosen, binding until the day chosen.
 */
@Named
@ViewScoped
public class QuotesView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "quoteForm";

  @Inject QuoteService quotes;
  @Inject OpportunityView opportunity;
  @Inject FacesErrors errors;

  private List<QuoteRow> made;
  private QuoteRequest request;

  public List<QuoteRow> getMade() {
    if (made == null && opportunity.getDetail() != null) {
      made = quotes.quotesOf(opportunity.getId());
    }
    return made;
  }

  /** Opens the dialog with the usual recipient and validity. */
  public void start() {
    try {
      request = quotes.newQuote(opportunity.getId());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void create() {
    try {
      long id = quotes.createQuote(opportunity.getId(), request);
      made = quotes.quotesOf(opportunity.getId());
      QuoteRow quote = made.stream().filter(q -> q.id() == id).findFirst().orElseThrow();
      errors.info("quote.created", quote.number(), quote.revision());
      request = null;
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public QuoteRequest getRequest() {
    return request;
  }
}

package de.opencrm.application.quote;

import de.opencrm.application.common.AfterTransaction;
import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.application.document.DocumentFile;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.NumberRange;
import de.opencrm.domain.common.NumberRanges;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.document.DocumentStore;
import de.opencrm.domain.opportunity.Opportunity;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.quote.LineItem;
import de.opencrm.domain.quote.Quote;
import de.opencrm.domain.quote.QuoteNumber;
import de.opencrm.domain.quote.QuoteRepository;
import de.opencrm.domain.quote.QuoteTotals;
import de.opencrm.integration.quote.QuoteLetter;
import de.opencrm.integration.quote.QuotePdf;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quotes of an opportunity: a PDF letter made of its line items, numbered from the quote number
 * range (the first version) or the next version of the opportunity's quote, kept in the document
 * store and listed on the opportunity. One quote of an opportunity is made at a time.
 */
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
@Permission(area = Area.OPPORTUNITIES, operation = Operation.READ)
public class QuoteService {

  private static final Logger LOG = Logger.getLogger(QuoteService.class.getName());

  @Inject QuoteRepository quotes;
  @Inject NumberRanges ranges;
  @Inject OpportunityRepository opportunities;
  @Inject ContactRepository contacts;
  @Inject UserRepository users;
  @Inject RecordScopes scopes;
  @Inject DocumentStore store;
  @Inject Letterhead letterhead;
  @Inject CompanyTime time;
  @Resource SessionContext context;
  @Resource TransactionSynchronizationRegistry transaction;

  /** The opportunity's quotes, newest first. */
  public List<QuoteRow> quotesOf(long opportunityId) {
    visible(opportunityId);
    return quotes.quotesOf(opportunityId).stream()
        .map(
            q ->
                new QuoteRow(
                    q.getId(),
                    q.getNumber(),
                    q.getRevision(),
                    q.getIssuedOn(),
                    q.getValidUntil(),
                    q.getCurrency(),
                    q.getNetTotal(),
                    q.getGrossTotal(),
                    q.getFileName(),
                    q.getCreatedAt(),
                    q.getCreatedBy()))
        .toList();
  }

  /** A new quote's defaults: to the opportunity's main person, binding for the usual days. */
  public QuoteRequest newQuote(long opportunityId) {
    Opportunity opportunity = visible(opportunityId);
    QuoteRequest request = new QuoteRequest();
    request.setRecipientId(
        opportunity.getContact() == null ? null : opportunity.getContact().getId());
    request.setValidUntil(time.today().plusDays(letterhead.validDays()));
    return request;
  }

  /** Makes the next quote of the opportunity from its lines as they are now; returns its id. */
  @Permission(area = Area.OPPORTUNITIES, operation = Operation.EDIT)
  public long createQuote(long opportunityId, @NotNull @Valid QuoteRequest request) {
    Opportunity opportunity = visible(opportunityId);
    quotes.lockForQuote(opportunity);
    List<LineItem> items = quotes.lineItems(opportunityId);
    if (items.isEmpty()) {
      throw new BusinessException("quote.noLines");
    }
    Contact recipient = recipient(opportunity, request.getRecipientId());
    Quote.QuoteTerms terms = new Quote.QuoteTerms(time.today(), request.getValidUntil());
    Optional<Quote> latest = quotes.quotesOf(opportunityId).stream().findFirst();
    String number =
        latest
            .map(Quote::getNumber)
            .orElseGet(() -> QuoteNumber.text(ranges.lock(NumberRange.QUOTE).next(time.today())));
    int revision = latest.map(q -> q.getRevision() + 1).orElse(1);
    QuoteTotals totals = QuoteTotals.of(items);
    Quote quote = new Quote(opportunity, number, revision, terms, totals);
    String fileName = Quote.fileName(number, revision);
    quote.keptAs(
        fileName,
        storePdf(
            QuoteLetters.of(
                letterhead.sender(),
                opportunity,
                recipient,
                items,
                totals,
                number,
                revision,
                terms,
                request.getRemark(),
                CallerAccess.caller(context, users)),
            fileName));
    Stamp stamp = Stamp.of(context);
    quote.recordCreation(stamp.user(), stamp.at());
    return quotes.addQuote(quote).getId();
  }

  /** The PDF of a quote version, for the download. */
  public DocumentFile openQuote(long quoteId) {
    Quote quote =
        quotes.findQuote(quoteId).orElseThrow(() -> new BusinessException("quote.notFound"));
    scopes.visible(context, quote.getOpportunity());
    try {
      return new DocumentFile(
          quote.getFileName(),
          "application/pdf",
          quote.getSizeBytes(),
          store.open(quote.getStorageKey()));
    } catch (UncheckedIOException e) {
      LOG.log(Level.SEVERE, "the PDF of quote " + quoteId + " is missing from the store", e);
      throw new BusinessException("document.fileMissing", quote.getFileName());
    }
  }

  private DocumentStore.StoredFile storePdf(QuoteLetter letter, String fileName) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try {
      new QuotePdf().write(letter, pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(fileName + " could not be written", e);
    }
    DocumentStore.StoredFile stored = store.store(new ByteArrayInputStream(pdf.toByteArray()));
    AfterTransaction.onRollback(transaction, () -> store.delete(stored.key()));
    return stored;
  }

  private Contact recipient(Opportunity opportunity, Long contactId) {
    if (contactId == null) {
      return null;
    }
    Contact contact =
        contacts
            .findById(contactId)
            .map(c -> scopes.visible(context, c))
            .orElseThrow(() -> BusinessException.onField("recipient", "contact.notFound"));
    boolean ofTheAccount =
        contact.getAccount() != null
            && contact.getAccount().getId().equals(opportunity.getAccount().getId());
    if (!ofTheAccount) {
      throw BusinessException.onField("recipient", "quote.recipientElsewhere");
    }
    return contact;
  }

  private Opportunity visible(long opportunityId) {
    return scopes.visible(context, opportunities.require(opportunityId));
  }
}

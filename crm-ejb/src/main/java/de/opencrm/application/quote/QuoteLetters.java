package de.opencrm.application.quote;

import de.opencrm.domain.admin.User;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.opportunity.Opportunity;
import de.opencrm.domain.quote.LetterAddress;
import de.opencrm.domain.quote.LineItem;
import de.opencrm.domain.quote.Quote;
import de.opencrm.domain.quote.QuoteTotals;
import de.opencrm.integration.quote.QuoteLetter;
import java.util.List;

/**
 * A quote's letter, worded from the opportunity, its lines, the person it goes to and its terms.
 */
final class QuoteLetters {

  private QuoteLetters() {}

  static QuoteLetter of(
      QuoteLetter.Sender sender,
      Opportunity opportunity,
      Contact recipient,
      List<LineItem> items,
      QuoteTotals totals,
      String number,
      int revision,
      Quote.QuoteTerms terms,
      String remark,
      User representative) {
    LetterAddress address =
        recipient == null
            ? new LetterAddress(
                opportunity.getAccount().fullName(),
                null,
                null,
                null,
                null,
                opportunity.getAccount().getBillingAddress())
            : new LetterAddress(
                opportunity.getAccount().fullName(),
                recipient.getSalutation(),
                recipient.getTitle(),
                recipient.getFirstName(),
                recipient.getLastName(),
                recipient.getAddress().isEmpty()
                    ? opportunity.getAccount().getBillingAddress()
                    : recipient.getAddress());
    return new QuoteLetter(
        sender,
        address.lines(),
        address.greeting(),
        number,
        revision,
        terms.issuedOn(),
        terms.validUntil(),
        "Angebot " + number + " – " + opportunity.getName(),
        remark,
        new QuoteLetter.Representative(
            representative.getDisplayName(), representative.getEmail(), null),
        opportunity.getCurrency(),
        items.stream()
            .map(
                i ->
                    new QuoteLetter.Line(
                        i.getPosition(),
                        i.getProduct().getSku(),
                        i.getName(),
                        i.getQuantity(),
                        i.getUnit(),
                        i.getUnitPrice(),
                        i.getDiscountPercent(),
                        i.vatRate().percent(),
                        i.netAmount()))
            .toList(),
        new QuoteLetter.Totals(
            totals.net(),
            totals.vat().stream()
                .map(v -> new QuoteLetter.Vat(v.rate().percent(), v.base(), v.tax()))
                .toList(),
            totals.gross()));
  }
}

package de.opencrm.application.quote;

import de.opencrm.domain.quote.QuoteTotals;
import java.util.List;

/**
 * What an opportunity sells: its lines, their totals, the price list they are priced from (none
 * before the first line) and its currency, and whether the opportunity is closed (then they stay).
 */
public record LineItems(
    List<LineItemRow> rows,
    QuoteTotals totals,
    Long priceListId,
    String priceListName,
    String currency,
    boolean closed) {}

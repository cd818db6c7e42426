package de.opencrm.domain.erp;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the company page shows of its ERP debtor (kept with the page's form).
 *
 * @param syncedAt when the run that last delivered the debtor ended (null while it runs)
 */
public record ErpAccountData(
    String debtorNumber,
    String paymentTerms,
    BigDecimal creditLimit,
    boolean blocked,
    BigDecimal revenueYearToDate,
    BigDecimal revenuePreviousYear,
    BigDecimal openItems,
    Instant changedAt,
    Instant figuresAt,
    Instant syncedAt)
    implements Serializable {}

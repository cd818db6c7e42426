package de.opencrm.application.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A version of a quote as the opportunity page lists it. */
public record QuoteRow(
    long id,
    String number,
    int revision,
    LocalDate issuedOn,
    LocalDate validUntil,
    String currency,
    BigDecimal netTotal,
    BigDecimal grossTotal,
    String fileName,
    Instant createdAt,
    String createdBy) {}

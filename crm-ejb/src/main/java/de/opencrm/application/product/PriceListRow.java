package de.opencrm.application.product;

import java.time.LocalDate;

/** A price list to choose or edit. */
public record PriceListRow(
    long id,
    String name,
    String currency,
    LocalDate validFrom,
    LocalDate validTo,
    boolean standard,
    boolean active) {}

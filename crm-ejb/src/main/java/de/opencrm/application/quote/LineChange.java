package de.opencrm.application.quote;

import java.math.BigDecimal;

/** A new quantity or discount for a line, in the version the user saw. */
public record LineChange(long id, long version, BigDecimal quantity, BigDecimal discountPercent) {}

/**
 * What an opportunity sells and the quotes made of it: line items (quantity, unit price, discount,
 * VAT rate), their totals with VAT per rate, and quotes numbered without gaps and kept in versions.
 */
package de.opencrm.domain.quote;

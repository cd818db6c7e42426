/**
 * The product catalogue: products with their net price and VAT rate, and price lists that sell some
 * of them at prices of their own (in the list's currency).
 */
package de.opencrm.domain.product;

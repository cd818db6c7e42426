/**
 * The global search: one box that finds companies and people (later leads, opportunities, tickets)
 * by name, e-mail, phone, city or ERP number, tolerant of umlauts and typing errors.
 */
package de.opencrm.domain.search;

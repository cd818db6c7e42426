/**
 * The ERP reconciliation's transactional facades: receiving a run's files, applying a chunk of
 * debtors, invoices or open items, summing the figures, the discrepancies for review, and reading
 * runs and a company's ERP data for the pages.
 */
package de.opencrm.application.erp;

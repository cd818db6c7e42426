/**
 * The job erp-reconciliation: receive (check every file whole, checksum), debtors, invoices and
 * open items (read, parse, apply a chunk at a time; a bad record is skipped and recorded), finish
 * (sum the figures, report companies the ERP no longer delivers, archive the files); and the beans
 * that start it by hand and every night.
 */
package de.opencrm.batch.erp;

/**
 * The ERP reconciliation's rules, plain Java: what a delivered record must hold (debtors, invoices,
 * open items), which company a debtor belongs to (debtor number, VAT ID, a confirmed match, else a
 * proposal from the duplicate matcher), which fields the ERP owns and which the CRM, and what does
 * not fit (discrepancies for a person to review).
 */
package de.opencrm.domain.erp;

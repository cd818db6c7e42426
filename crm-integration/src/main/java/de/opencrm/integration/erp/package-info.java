/**
 * The ERP exchange files (docs/erp-exchange.md, schema erp-exchange-1.xsd): which kind a file
 * holds, a check of a whole file (well-formed, valid, encoding, columns, keys once) before anything
 * of it is applied, and a stream of its records for the nightly reconciliation. Knows nothing of
 * the CRM's accounts: records are field maps the reconciliation reads.
 */
package de.opencrm.integration.erp;

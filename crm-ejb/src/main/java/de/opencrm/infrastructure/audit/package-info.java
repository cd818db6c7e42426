/**
 * How the audit journal is written: EclipseLink reports every insert, update and delete of an
 * audited entity with its state before and after; the changes of a transaction are appended to the
 * hash chain with plain JDBC in that same transaction, after its own SQL, so a rolled-back change
 * leaves no entry and an entry never exists without its change.
 */
package de.opencrm.infrastructure.audit;

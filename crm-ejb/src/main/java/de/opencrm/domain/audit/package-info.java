/**
 * The audit journal: who did what to which record, when, from where and through which channel, kept
 * append-only in a hash chain that shows any later change of an entry.
 */
package de.opencrm.domain.audit;

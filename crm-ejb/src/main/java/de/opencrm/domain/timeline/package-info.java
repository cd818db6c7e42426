/**
 * A record's activity timeline: what happened with a company or person across the CRM (journal,
 * tasks, tickets and their mails, stage changes, web enquiries), newest first, one page at a time.
 */
package de.opencrm.domain.timeline;

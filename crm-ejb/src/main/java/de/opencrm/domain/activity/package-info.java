/**
 * The journal (Journaleinträge) and tasks: what was done with a customer — calls, meetings,
 * e-mails, notes — and what is still to do, each tied to an account, a contact or both.
 */
package de.opencrm.domain.activity;

/**
 * The service mailbox: reading it on a timer (each mail taken once, into a new ticket or the thread
 * it answers, machines' mails kept from opening tickets), and replies from the ticket page going
 * out threaded through the relay, tried again until the relay takes them.
 */
package de.opencrm.application.ticket.mail;

/**
 * The rules of the service mailbox, plain Java: which ticket an inbound e-mail answers (ticket
 * number in the subject, In-Reply-To and References), which mails were sent by a machine
 * (auto-replies, bounces, lists, the CRM's own mails) and must neither open tickets nor be
 * answered, how outgoing replies are threaded and subjected, and when a failed send is tried again.
 */
package de.opencrm.domain.ticket.mail;

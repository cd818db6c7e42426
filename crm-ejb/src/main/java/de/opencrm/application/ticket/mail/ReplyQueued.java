package de.opencrm.application.ticket.mail;

/** A reply was stored to be sent; fired so it goes out once the transaction has committed. */
public record ReplyQueued(long messageId) {}

package de.opencrm.application.ticket.mail;

/** A reply template as an agent picks it for a ticket: its name, language and filled-in text. */
public record ReplyTemplateOption(long id, String name, String language, String text) {}

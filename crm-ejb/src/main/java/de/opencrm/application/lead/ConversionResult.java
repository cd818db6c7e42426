package de.opencrm.application.lead;

/** What a lead became: its account (null without a company) and contact, new or existing. */
public record ConversionResult(
    Long accountId, boolean newAccount, long contactId, boolean newContact) {}

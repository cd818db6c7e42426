package de.opencrm.application.lead.conversion;

/**
 * What a lead became: its account (null without a company) and contact, new or existing, and the
 * opportunity opened with it (null when none was asked for).
 */
public record ConversionResult(
    Long accountId, boolean newAccount, long contactId, boolean newContact, Long opportunityId) {}

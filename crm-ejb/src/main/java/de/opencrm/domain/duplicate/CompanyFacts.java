package de.opencrm.domain.duplicate;

/** What the matcher compares of a company; any part may be null. */
public record CompanyFacts(
    Long id,
    String name,
    String vatId,
    String erpNumber,
    String street,
    String postalCode,
    String city,
    String website) {}

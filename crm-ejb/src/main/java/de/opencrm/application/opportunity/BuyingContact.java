package de.opencrm.application.opportunity;

import de.opencrm.domain.opportunity.BuyingRole;

/** A person on an opportunity as its page shows them: name, position and buying role. */
public record BuyingContact(
    long id, long contactId, String name, String position, BuyingRole role) {}

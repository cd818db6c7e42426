/**
 * Data protection (DSGVO): consents per person with their purpose, channel, legal basis and proof,
 * and the rules that say whether a person may be contacted for a purpose through a channel.
 */
package de.opencrm.domain.privacy;

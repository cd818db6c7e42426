/**
 * vCard 2.1, 3.0 and 4.0 as Outlook, Apple Contacts, Google Contacts and Thunderbird write them,
 * read and written with ez-vcard, to and from a plain {@link PersonCard} the CRM maps onto its
 * contacts. Knows nothing of JPA.
 */
package de.opencrm.integration.vcard;

/**
 * Custom fields (Zusatzfelder): fields an administrator adds to companies or people, with their
 * type and rules, and the values records carry for them.
 */
package de.opencrm.domain.customfield;

/**
 * Tags (Schlagwörter): short labels users put on companies and people to group them ("Messe 2026",
 * "Newsletter", "A-Kunde"), shared by everyone, filtered and exported with the lists.
 */
package de.opencrm.domain.tag;

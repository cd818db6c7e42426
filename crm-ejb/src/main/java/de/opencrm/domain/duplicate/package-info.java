/**
 * Duplicate matching built for German data: company names without their legal form, street
 * spellings made alike, names compared by sound (Kölner Phonetik) and spelling (Jaro-Winkler),
 * e-mail and E.164 phone compared exactly. Plain rules that score a pair and say why.
 */
package de.opencrm.domain.duplicate;

/**
 * The answer to a subject access request (Art. 15 and 20 DSGVO): everything stored about a person
 * as sections of records, written as JSON for another system and as a PDF for the person to read.
 */
package de.opencrm.integration.disclosure;

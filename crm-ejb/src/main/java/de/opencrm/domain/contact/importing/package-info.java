/**
 * Importing people from spreadsheets: which CSV column feeds which field (guessed from German and
 * English headers, corrected by the user), and how a cell's text becomes a value.
 */
package de.opencrm.domain.contact.importing;

/**
 * Saved views of the lists (Ansichten): what a user filtered, sorted and chose to see, under a
 * name, for themselves or shared with everyone.
 */
package de.opencrm.domain.savedview;

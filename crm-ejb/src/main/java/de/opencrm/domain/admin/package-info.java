/**
 * Administration of the CRM's users and teams: who may log in, with which roles ({@link
 * de.opencrm.domain.admin.Role} names them all) and in which team, and what a password must be
 * like.
 */
package de.opencrm.domain.admin;

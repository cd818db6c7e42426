/**
 * The knowledge base as a service: agents write and publish articles, everyone who reads tickets
 * searches the published ones, and the ticket page gets the articles that fit the ticket.
 */
package de.opencrm.application.knowledge;

/**
 * The knowledge base: articles agents write once and find again (German and English, drafts and
 * published ones, by category), searched by their words, and suggested for a ticket by the words
 * the ticket and the article share.
 */
package de.opencrm.domain.knowledge;

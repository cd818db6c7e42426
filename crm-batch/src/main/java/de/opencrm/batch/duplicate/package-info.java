/**
 * The duplicate-scan job: a reader of record ids, a processor that scores each record against its
 * candidates, a writer that records the pairs; and the bean that starts it on demand.
 */
package de.opencrm.batch.duplicate;

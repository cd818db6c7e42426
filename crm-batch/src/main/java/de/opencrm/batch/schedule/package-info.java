/**
 * The schedules of the CRM's nightly and periodic Jakarta Batch jobs: one {@code @Schedule} bean
 * starts each job by its id (the job XML's file name in META-INF/batch-jobs). Jobs and their
 * readers, processors and writers live in the sibling packages named after what they do (erp,
 * report).
 */
package de.opencrm.batch.schedule;

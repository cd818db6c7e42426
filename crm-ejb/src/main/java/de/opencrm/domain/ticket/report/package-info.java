/**
 * What service leads look at: the load and SLA state of each queue now, how many solved tickets
 * kept their SLA targets, and how satisfied the customers were (CSAT, NPS) over a period.
 */
package de.opencrm.domain.ticket.report;

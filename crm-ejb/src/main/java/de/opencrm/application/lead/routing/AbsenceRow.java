package de.opencrm.application.lead.routing;

import java.time.LocalDate;

/** An absence as the routing page lists it. */
public record AbsenceRow(
    long id, String userName, LocalDate firstDay, LocalDate lastDay, String note) {}

package de.opencrm.application.ticket;

/** What the survey page shows the customer: which ticket, and whether it can still be answered. */
public record SurveyQuestion(
    String ticketNumber, String subject, boolean answered, boolean expired) {}

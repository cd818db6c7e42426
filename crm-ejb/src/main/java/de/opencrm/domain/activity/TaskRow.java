package de.opencrm.domain.activity;

import java.time.Instant;
import java.time.LocalDate;

/** A task as the lists show it, with the record it is about. */
public record TaskRow(
    Long id,
    String subject,
    LocalDate dueDate,
    TaskPriority priority,
    Instant remindAt,
    String assigneeName,
    Long accountId,
    String accountName,
    Long contactId,
    String contactName) {

  public boolean overdue(LocalDate today) {
    return dueDate.isBefore(today);
  }

  public boolean reminderDue(Instant now) {
    return remindAt != null && !remindAt.isAfter(now);
  }

  /** The person if there is one, else the company: what the task is about. */
  public String aboutName() {
    return contactName != null ? contactName : accountName;
  }
}

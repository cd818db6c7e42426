package de.opencrm.domain.activity;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The e-mail that reminds a task's assignee: what, about whom, due when, and the link to the
 * record. Written in German with an English translation below, since the CRM does not know which
 * language the reader prefers.
 */
public record TaskReminder(String to, String subject, String text) {

  private static final DateTimeFormatter GERMAN_DATE =
      DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
  private static final DateTimeFormatter GERMAN_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMAN);

  /**
   * The reminder of a task for its assignee; {@code recordUrl} opens the company or person the task
   * is about, {@code zone} is the company's clock.
   */
  public static TaskReminder of(Task task, String recordUrl, ZoneId zone) {
    String about = about(task);
    String due = GERMAN_DATE.format(task.getDueDate());
    String subject = "Erinnerung: " + task.getSubject() + " (fällig " + due + ")";
    StringBuilder text = new StringBuilder();
    text.append("Erinnerung an Ihre Aufgabe\n\n")
        .append("Aufgabe:  ")
        .append(task.getSubject())
        .append('\n')
        .append("Zu:       ")
        .append(about)
        .append('\n')
        .append("Fällig:   ")
        .append(due)
        .append('\n')
        .append("Priorität: ")
        .append(
            switch (task.getPriority()) {
              case HIGH -> "hoch";
              case NORMAL -> "normal";
              case LOW -> "niedrig";
            })
        .append('\n');
    if (task.getDescription() != null) {
      text.append('\n').append(task.getDescription()).append('\n');
    }
    text.append('\n')
        .append("Öffnen: ")
        .append(recordUrl)
        .append("\n\n")
        .append("-- \n")
        .append("Reminder of your task \"")
        .append(task.getSubject())
        .append("\" about ")
        .append(about)
        .append(", due ")
        .append(task.getDueDate())
        .append(". Reminder set for ")
        .append(GERMAN_TIME.format(task.getRemindAt().atZone(zone)))
        .append(".\n");
    return new TaskReminder(task.getAssignee().getEmail(), subject, text.toString());
  }

  /** The record's path below the CRM's address: the person's page, else the company's. */
  public static String recordPath(Task task) {
    if (task.getContact() != null) {
      return "/contacts/contact.xhtml?id=" + task.getContact().getId();
    }
    return "/accounts/account.xhtml?id=" + task.getAccount().getId();
  }

  private static String about(Task task) {
    if (task.getContact() != null) {
      String first = task.getContact().getFirstName();
      String name =
          first == null
              ? task.getContact().getLastName()
              : first + " " + task.getContact().getLastName();
      return task.getAccount() == null ? name : name + " (" + task.getAccount().getName() + ")";
    }
    return task.getAccount().getName();
  }
}

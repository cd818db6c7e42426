package de.opencrm.application.activity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Looks for due task reminders every minute (not persistent: a missed minute is caught up). */
@Singleton
public class TaskReminderSchedule {

  @Inject TaskReminderService reminders;

  @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
  void sendDueReminders() {
    reminders.sendDueReminders();
  }
}

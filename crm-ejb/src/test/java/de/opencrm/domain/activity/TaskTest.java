package de.opencrm.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.admin.User;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaskTest {

  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final User sales = new User("sales", "$2a$10$hash", NOW);
  private final Account account = new Account("Rheinland Logistik", sales);

  private Task due(LocalDate day, Instant remindAt) {
    Task task = new Task(JournalTarget.of(account));
    task.plan("  Angebot nachfassen ", null, day, null, sales, remindAt);
    return task;
  }

  @Test
  void aTaskIsOverdueOnlyAfterItsDueDayAndWhileOpen() {
    assertThat(due(TODAY, null).isOverdue(TODAY)).isFalse();
    Task yesterday = due(TODAY.minusDays(1), null);
    assertThat(yesterday.isOverdue(TODAY)).isTrue();
    assertThat(yesterday.getSubject()).isEqualTo("Angebot nachfassen");
    assertThat(yesterday.getPriority()).isEqualTo(TaskPriority.NORMAL);

    yesterday.complete("sales", NOW);
    assertThat(yesterday.isOverdue(TODAY)).isFalse();
    assertThat(yesterday.isOpen()).isFalse();
  }

  @Test
  void completingTwiceKeepsTheFirstCompletionAndReopeningClearsIt() {
    Task task = due(TODAY, null);
    task.complete("sales", NOW);
    task.complete("sales2", NOW.plusSeconds(60));
    assertThat(task.getDoneBy()).isEqualTo("sales");
    assertThat(task.getDoneAt()).isEqualTo(NOW);
    task.reopen();
    assertThat(task.isOpen()).isTrue();
    assertThat(task.getDoneBy()).isNull();
  }

  @Test
  void aReminderGoesOutOnceUntilItsTimeIsChanged() {
    Task task = due(TODAY.plusDays(3), NOW);
    task.markReminded(NOW);
    assertThat(task.isReminderDue(NOW.plusSeconds(60))).isFalse();
    task.plan("Angebot nachfassen", null, TODAY.plusDays(4), null, sales, NOW);
    assertThat(task.isReminderDue(NOW.plusSeconds(60))).isFalse();
    task.plan("Angebot nachfassen", null, TODAY.plusDays(4), null, sales, NOW.plusSeconds(30));
    assertThat(task.getRemindedAt()).isNull();
    assertThat(task.isReminderDue(NOW.plusSeconds(60))).isTrue();
  }

  @Test
  void theReminderMailNamesTheTaskItsRecordAndTheLink() {
    sales.describe("Stefan Schmitt", "stefan.schmitt@example.com", null);
    Task task = due(LocalDate.of(2026, 11, 24), Instant.parse("2026-11-23T08:00:00Z"));
    TaskReminder mail =
        TaskReminder.of(
            task,
            "https://crm.example.de/crm/accounts/account.xhtml?id=7",
            java.time.ZoneId.of("Europe/Berlin"));
    assertThat(mail.to()).isEqualTo("stefan.schmitt@example.com");
    assertThat(mail.subject()).isEqualTo("Erinnerung: Angebot nachfassen (fällig 24.11.2026)");
    assertThat(mail.text())
        .contains("Zu:       Rheinland Logistik")
        .contains("https://crm.example.de/crm/accounts/account.xhtml?id=7")
        .contains("Reminder set for 23.11.2026 09:00");
  }

  @Test
  void aReminderIsDueFromItsTimeUntilTheTaskIsDone() {
    Task task = due(TODAY.plusDays(3), NOW);
    assertThat(task.isReminderDue(NOW.minusSeconds(1))).isFalse();
    assertThat(task.isReminderDue(NOW)).isTrue();
    task.complete("sales", NOW);
    assertThat(task.isReminderDue(NOW.plusSeconds(3600))).isFalse();
    assertThat(due(TODAY, null).isReminderDue(NOW)).isFalse();
  }

  @Test
  void prioritiesAreStoredAsTheirRankSoUrgentSortsFirst() {
    for (TaskPriority p : TaskPriority.values()) {
      assertThat(TaskPriority.ofRank(p.rank())).isEqualTo(p);
    }
    assertThat(TaskPriority.HIGH.rank()).isLessThan(TaskPriority.NORMAL.rank());
    assertThat(TaskPriority.NORMAL.rank()).isLessThan(TaskPriority.LOW.rank());
    assertThatThrownBy(() -> TaskPriority.ofRank(0)).isInstanceOf(IllegalArgumentException.class);
  }
}

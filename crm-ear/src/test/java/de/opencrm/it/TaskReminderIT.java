package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.activity.TaskForm;
import de.opencrm.application.activity.TaskReminderService;
import de.opencrm.application.activity.TaskService;
import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.common.RecordRef;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Task reminders by real SMTP: the server's mail session sends to a GreenMail server on
 * CRM_SMTP_PORT. A due reminder goes out once to the assignee; a done task and a reminder in the
 * future send nothing; a reminder moved to a new time goes out again.
 */
@ExtendWith(ArquillianExtension.class)
class TaskReminderIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTestsAndLibraries(List.of(GreenMail.class), TaskReminderIT.class);
  }

  @Inject AccountService accounts;
  @Inject TaskService tasks;
  @Inject TaskReminderService reminders;
  @Inject CompanyTime time;

  private GreenMail smtp;

  @BeforeEach
  void startSmtp() {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.parseInt(System.getenv().getOrDefault("CRM_SMTP_PORT", "3025")),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  private static As as(String user) {
    return As.user(user, "demo");
  }

  /** The mails about this test's tasks: other tests' reminders may arrive too. */
  private List<MimeMessage> mailsAbout(String word) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subjectOf(m).contains(word))
        .toList();
  }

  private static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private long task(long account, String subject, int remindMinutesFromNow) throws Exception {
    TaskForm form = as("sales").call(() -> tasks.newTask(RecordRef.account(account)));
    form.setSubject(subject);
    form.setRemindAt(time.localNow().plusMinutes(remindMinutesFromNow));
    return as("sales").call(() -> tasks.createTask(form));
  }

  @Test
  void aDueReminderGoesOutOnceToTheAssigneeAndAgainWhenMoved() throws Exception {
    String word = TestData.letterTag();
    AccountForm company = new AccountForm();
    company.setName("Erinnerung AG " + word);
    long account = as("sales").call(() -> accounts.createAccount(company));
    long due = task(account, "Angebot nachfassen " + word, -5);
    task(account, "Später " + word, 60);
    long done = task(account, "Erledigt " + word, -5);
    as("sales").run(() -> tasks.completeTask(done));

    reminders.sendDueReminders();
    smtp.waitForIncomingEmail(5000, 1);
    List<MimeMessage> mails = mailsAbout(word);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("sales@example.com");
    assertThat(mail.getSubject()).startsWith("Erinnerung: Angebot nachfassen " + word);
    String body = (String) mail.getContent();
    assertThat(body).contains("Zu:       Erinnerung AG " + word).contains("Fällig:");
    assertThat(body).contains("/accounts/account.xhtml?id=" + account);

    reminders.sendDueReminders();
    assertThat(mailsAbout(word)).hasSize(1);

    TaskForm moved = as("sales").call(() -> tasks.loadTask(due));
    moved.setRemindAt(time.localNow().minusMinutes(1));
    as("sales").run(() -> tasks.updateTask(moved));
    reminders.sendDueReminders();
    smtp.waitForIncomingEmail(5000, 2);
    assertThat(mailsAbout(word)).hasSize(2);
  }
}

package de.opencrm.application.account;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.activity.Activity;
import de.opencrm.domain.activity.ActivityRepository;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.activity.JournalTarget;
import de.opencrm.domain.activity.Task;
import de.opencrm.domain.activity.TaskPriority;
import de.opencrm.domain.activity.TaskRepository;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.User;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode only, and only into an empty database: a handful of companies owned by the demo
 * sales users, the first with a journal entry and open tasks.
 */
@Singleton
@Startup
@DependsOn("UserBootstrap")
public class DemoAccounts {

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  private record Demo(
      String name,
      LegalForm form,
      String industry,
      CompanySize size,
      String owner,
      String erp,
      Address address) {}

  private static final List<Demo> DEMO =
      List.of(
          new Demo(
              "Rheinland Logistik",
              LegalForm.GMBH,
              "Spedition",
              CompanySize.MEDIUM,
              "sales",
              "D-10001",
              new Address("Hohe Straße 52", "50667", "Köln", "Nordrhein-Westfalen", "DE")),
          new Demo(
              "Müller Maschinenbau",
              LegalForm.GMBH_CO_KG,
              "Maschinenbau",
              CompanySize.LARGE,
              "sales",
              "D-10002",
              new Address("Königstraße 20", "70173", "Stuttgart", "Baden-Württemberg", "DE")),
          new Demo(
              "Nordsee Fisch",
              LegalForm.AG,
              "Lebensmittel",
              CompanySize.LARGE,
              "manager",
              "D-10003",
              new Address("Mönckebergstraße 7", "20095", "Hamburg", "Hamburg", "DE")),
          new Demo(
              "Bäckerei Sonnenschein",
              LegalForm.EK,
              "Lebensmittelhandwerk",
              CompanySize.SMALL,
              "sales2",
              "D-10004",
              new Address("Marienplatz 8", "80331", "München", "Bayern", "DE")),
          new Demo(
              "Weber Software",
              LegalForm.UG,
              "Software",
              CompanySize.MICRO,
              "sales2",
              null,
              new Address("Invalidenstraße 117", "10115", "Berlin", "Berlin", "DE")),
          new Demo(
              "Alpenblick Hotel",
              LegalForm.GMBH,
              "Hotellerie",
              CompanySize.MEDIUM,
              "sales2",
              "A-20001",
              new Address("Maria-Theresien-Straße 18", "6020", "Innsbruck", "Tirol", "AT")),
          new Demo(
              "Zürcher Präzision",
              LegalForm.AG,
              "Feinmechanik",
              CompanySize.MEDIUM,
              "sales",
              "C-30001",
              new Address("Bahnhofstrasse 45", "8001", "Zürich", "Zürich", "CH")));

  @Inject AccountRepository accounts;
  @Inject UserRepository users;
  @Inject ActivityRepository activities;
  @Inject TaskRepository tasks;
  @Inject CompanyTime time;

  @Inject
  @ConfigProperty(name = "crm.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void createDemoAccounts() {
    if (!demo || accounts.count(PageRequest.of(0, 1), RecordScope.ALL) > 0) {
      return;
    }
    Stamp stamp = Stamp.system();
    for (Demo d : DEMO) {
      users
          .findByUsername(d.owner())
          .ifPresent(
              owner -> {
                Account account = new Account(d.name(), owner);
                account.describe(d.form(), null, d.industry(), d.size(), null, d.erp());
                account.locate(d.address(), new Address());
                account.recordCreation(stamp.user(), stamp.at());
                accounts.add(account);
                if (d.erp() != null && d.erp().equals("D-10001")) {
                  startJournal(account, owner, stamp);
                }
              });
    }
    LOG.info("Demo mode: " + DEMO.size() + " demo companies created.");
  }

  /** A first call in the journal and two tasks, one of them overdue, so the start page has work. */
  private void startJournal(Account account, User owner, Stamp stamp) {
    Activity call = new Activity(JournalTarget.of(account), owner);
    call.record(
        ActivityType.CALL,
        "Erstgespräch Lagerlogistik",
        stamp.at().minus(3, ChronoUnit.DAYS),
        25,
        "Frau Weber (Einkauf)",
        "Bedarf an Tourenplanung, Angebot bis Monatsende gewünscht");
    call.recordCreation(stamp.user(), stamp.at());
    activities.add(call);
    LocalDate today = time.today();
    planDemoTask(account, owner, stamp, "Angebot Tourenplanung schicken", today.minusDays(1));
    planDemoTask(account, owner, stamp, "Rückruf Frau Weber", today.plusDays(2));
  }

  private void planDemoTask(
      Account account, User owner, Stamp stamp, String subject, LocalDate due) {
    Task task = new Task(JournalTarget.of(account));
    task.plan(subject, null, due, TaskPriority.NORMAL, owner, null);
    task.recordCreation(stamp.user(), stamp.at());
    tasks.add(task);
  }
}

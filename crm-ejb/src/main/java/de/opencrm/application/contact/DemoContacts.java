package de.opencrm.application.contact;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.contact.ChannelKind;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactEmail;
import de.opencrm.domain.contact.ContactPhone;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.contact.PhoneNumber;
import de.opencrm.domain.contact.Salutation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode only, and only where no person is stored yet: the people a salesperson talks to at
 * the demo companies, owned by the companies' owners.
 */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class DemoContacts {

  private static final Logger LOG = Logger.getLogger(DemoContacts.class.getName());

  private record Demo(
      String debtor,
      Salutation salutation,
      String title,
      String firstName,
      String lastName,
      String position,
      String email,
      String phone) {}

  private static final List<Demo> DEMO =
      List.of(
          new Demo(
              "D-10001",
              Salutation.MS,
              null,
              "Katharina",
              "Brandtner",
              "Leiterin Einkauf",
              "k.brandtner@rheinland-logistik.example",
              "+49 221 4711 230"),
          new Demo(
              "D-10001",
              Salutation.MR,
              null,
              "Jonas",
              "Haberl",
              "Disposition",
              "j.haberl@rheinland-logistik.example",
              "+49 221 4711 245"),
          new Demo(
              "D-10002",
              Salutation.MR,
              "Dr.",
              "Henrik",
              "Lindqvist",
              "Geschäftsführer",
              "lindqvist@mueller-maschinenbau.example",
              "+49 711 2290 100"),
          new Demo(
              "D-10003",
              Salutation.MS,
              null,
              "Marta",
              "Szymanski",
              "Qualitätssicherung",
              "m.szymanski@nordsee-fisch.example",
              "+49 40 3018 7700"),
          new Demo(
              "C-30001",
              Salutation.MR,
              null,
              "Lukas",
              "Tanner",
              "Technischer Einkauf",
              "l.tanner@zuercher-praezision.example",
              "+41 44 211 45 60"));

  @Inject AccountRepository accounts;
  @Inject ContactRepository contacts;

  @Inject
  @ConfigProperty(name = "crm.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void createDemoContacts() {
    if (!demo || contacts.count(PageRequest.of(0, 1), null, RecordScope.ALL) > 0) {
      return;
    }
    Stamp stamp = Stamp.system();
    int created = 0;
    for (Demo d : DEMO) {
      Account account = accounts.findByErpDebtorNumber(d.debtor()).orElse(null);
      if (account == null) {
        continue;
      }
      Contact person = new Contact(d.lastName(), account.getOwner());
      person.name(d.salutation(), d.title(), d.firstName(), d.lastName());
      person.describe(d.position(), null, "de", account);
      person.reachAt(
          List.of(new ContactEmail(d.email(), ChannelKind.WORK)),
          List.of(new ContactPhone(PhoneNumber.ofE164(d.phone()), ChannelKind.WORK)));
      person.recordCreation(stamp.user(), stamp.at());
      contacts.add(person);
      created++;
    }
    LOG.info("Demo mode: " + created + " demo people created.");
  }
}

package de.opencrm.application.contact;

import de.opencrm.application.audit.AuditJournal;
import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.application.duplicate.DuplicateService;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.RecordScope;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.contact.UncheckedKind;
import de.opencrm.domain.contact.UncheckedValue;
import de.opencrm.domain.duplicate.DuplicateHit;
import de.opencrm.integration.vcard.PersonCard;
import de.opencrm.integration.vcard.VCards;
import ezvcard.VCardVersion;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Contacts as vCards: the filtered contact list exported for address books, and address books'
 * exports imported, each card on its own so one bad card loses nothing but itself; likely
 * duplicates are left out and reported, companies are found by name or created.
 */
@Permission(area = Area.CONTACTS, operation = Operation.READ)
@Stateless
@RolesAllowed({
  Role.Names.SALES,
  Role.Names.MANAGER,
  Role.Names.SERVICE,
  Role.Names.MARKETING,
  Role.Names.ADMIN
})
public class ContactCardService {

  /**
   * What became of one card: imported (perhaps with a new company, perhaps with values kept
   * unchecked, each a warning), or a problem.
   */
  public record Outcome(
      boolean accountCreated, CardImport.Problem problem, List<CardImport.Problem> warnings) {

    static Outcome refused(CardImport.Problem problem) {
      return new Outcome(false, problem, List.of());
    }
  }

  @Inject ContactRepository contacts;
  @Inject AccountRepository accounts;
  @Inject UserRepository users;
  @Inject ContactService contactService;
  @Inject AuditJournal journal;
  @Inject DuplicateService duplicates;
  @Inject CompanyByName companyByName;
  @Inject Validator validator;
  @Inject RecordScopes scopes;
  @Resource SessionContext context;

  /** Writes every contact the list filter matches, a page at a time; returns how many. */
  @Permission(area = Area.CONTACTS, operation = Operation.EXPORT)
  public int exportCards(String filter, @NotNull VCardVersion version, @NotNull OutputStream out)
      throws IOException {
    RecordScope scope = scopes.of(context, Area.CONTACTS);
    List<PersonCard> cards = new ArrayList<>();
    int first = 0;
    List<ContactRow> page;
    do {
      page =
          contacts
              .list(new PageRequest(first, PageRequest.MAX_SIZE, null, true, filter), null, scope)
              .rows();
      contacts.findAllById(page.stream().map(ContactRow::id).toList()).stream()
          .map(ContactCards::toCard)
          .forEach(cards::add);
      first += page.size();
    } while (page.size() == PageRequest.MAX_SIZE);
    VCards.write(cards, version, out);
    journal.recordExport("Contact", "VCARD_" + version.name(), cards.size(), filter, null);
    return cards.size();
  }

  /** Reads the cards and imports each in its own transaction. */
  @RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Permission(area = Area.CONTACTS, operation = Operation.CREATE)
  public CardImport importCards(@NotNull InputStream in) throws IOException {
    List<PersonCard> cards = VCards.read(in);
    ContactCardService self = context.getBusinessObject(ContactCardService.class);
    List<CardImport.Problem> problems = new ArrayList<>();
    List<CardImport.Problem> warnings = new ArrayList<>();
    int created = 0;
    int accountsCreated = 0;
    for (int i = 0; i < cards.size(); i++) {
      PersonCard card = cards.get(i);
      Outcome outcome;
      try {
        outcome = self.importCard(i + 1, card);
      } catch (RuntimeException e) {
        outcome = Outcome.refused(problem(i + 1, card, refusal(e)));
      }
      if (outcome.problem() == null) {
        created++;
        accountsCreated += outcome.accountCreated() ? 1 : 0;
        warnings.addAll(outcome.warnings());
      } else {
        problems.add(outcome.problem());
      }
    }
    return new CardImport(cards.size(), created, accountsCreated, problems, warnings);
  }

  /** One card: checked, compared with the stored contacts, saved with its company or not at all. */
  @RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @Permission(area = Area.CONTACTS, operation = Operation.CREATE)
  public Outcome importCard(int number, PersonCard card) {
    if (!card.hasName()) {
      return Outcome.refused(problem(number, card, new BusinessException("vcard.noName")));
    }
    ContactForm form = ContactCards.toForm(card);
    List<UncheckedValue> aside = new ArrayList<>();
    if (card.nameDerived()) {
      aside.add(
          new UncheckedValue(
              UncheckedKind.NAME_DERIVED,
              "lastName",
              card.emails().isEmpty() ? form.getDisplayName() : card.emails().get(0).value()));
    }
    aside.addAll(UncheckedValues.setAside(form, validator));
    form.setSetAside(aside);
    Optional<ConstraintViolation<ContactForm>> invalid =
        validator.validate(form).stream().findFirst();
    if (invalid.isPresent()) {
      ConstraintViolation<ContactForm> violation = invalid.get();
      return Outcome.refused(
          problem(
              number,
              card,
              new BusinessException(
                  "vcard.invalidField",
                  violation.getPropertyPath().toString(),
                  String.valueOf(violation.getInvalidValue()),
                  violation.getMessage())));
    }
    List<DuplicateHit> alike = duplicates.likelyDuplicatesOf(form);
    if (!alike.isEmpty()) {
      return Outcome.refused(
          problem(number, card, new BusinessException("vcard.duplicate", alike.get(0).label())));
    }
    boolean accountCreated = false;
    if (card.organization() != null) {
      CompanyByName.Found company =
          companyByName.findOrCreate(
              card.organization(), CallerAccess.caller(context, users), Stamp.of(context));
      form.setAccountId(company.id());
      accountCreated = company.created();
    }
    contactService.createContact(form);
    String name = problem(number, card, new BusinessException("vcard.failed")).name();
    return new Outcome(
        accountCreated,
        null,
        aside.stream()
            .map(
                value ->
                    new CardImport.Problem(
                        number,
                        name,
                        "unchecked.kind." + value.getKind().name(),
                        List.of(value.getWritten())))
            .toList());
  }

  private static BusinessException refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException b) {
        return b;
      }
    }
    return new BusinessException("vcard.failed");
  }

  private static CardImport.Problem problem(int number, PersonCard card, BusinessException why) {
    String name =
        card.lastName() == null
            ? card.organization()
            : card.firstName() == null ? card.lastName() : card.firstName() + " " + card.lastName();
    List<String> arguments = new ArrayList<>();
    for (Object argument : why.getArguments()) {
      arguments.add(String.valueOf(argument));
    }
    return new CardImport.Problem(number, name, why.getMessageKey(), arguments);
  }
}

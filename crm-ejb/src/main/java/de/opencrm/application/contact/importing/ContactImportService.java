package de.opencrm.application.contact.importing;

import de.opencrm.application.common.CallerAccess;
import de.opencrm.application.common.Stamp;
import de.opencrm.application.contact.CompanyByName;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.contact.UncheckedValues;
import de.opencrm.application.duplicate.DuplicateService;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.UserRepository;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.Contact;
import de.opencrm.domain.contact.ContactRepository;
import de.opencrm.domain.contact.UncheckedValue;
import de.opencrm.domain.contact.importing.ColumnMapping;
import de.opencrm.domain.contact.importing.ImportField;
import de.opencrm.domain.contact.importing.ImportTarget;
import de.opencrm.domain.duplicate.DuplicateHit;
import de.opencrm.integration.csv.CsvDialect;
import de.opencrm.integration.csv.CsvRows;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports people or companies from a CSV file in the background, each row in its own transaction so
 * a bad row loses nothing but itself and never half-writes. A row whose key (a person's e-mail, a
 * company's VAT ID or ERP number, as the user chose) belongs to a stored record updates it when the
 * importer may edit it; a new record that likely exists already is refused as a duplicate. A dry
 * run does exactly the same and rolls every row back.
 */
@Permission(area = Area.CONTACTS, operation = Operation.CREATE)
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
public class ContactImportService {

  private static final Logger LOG = Logger.getLogger(ContactImportService.class.getName());

  @Inject ImportJobs jobs;
  @Inject ContactService contactService;
  @Inject ContactRepository contacts;
  @Inject DuplicateService duplicates;
  @Inject CompanyByName companies;
  @Inject CompanyRowImport companyRows;
  @Inject UserRepository users;
  @Inject Validator validator;
  @Resource SessionContext context;

  /** Starts the run; the page follows it through the returned job. */
  public ImportJob startImport(
      @NotNull Path file,
      @NotNull CsvDialect dialect,
      @NotNull ColumnMapping mapping,
      @NotNull ImportTarget target,
      @NotNull MatchKey key,
      boolean dryRun) {
    mapping.check(target);
    if (!key.finds(target)) {
      throw new BusinessException("import.keyNotHere");
    }
    ImportJob job =
        new ImportJob(
            context.getCallerPrincipal().getName(), file, dialect, mapping, target, key, dryRun);
    jobs.add(job);
    context.getBusinessObject(ContactImportService.class).run(job);
    return job;
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(ImportJob job) {
    ContactImportService self = context.getBusinessObject(ContactImportService.class);
    try {
      job.counted(countRows(job));
      try (CsvRows rows = CsvRows.open(job.file(), job.dialect())) {
        for (CsvRows.Row row : rows) {
          try {
            RowResult result = self.importRow(job, row.values());
            if (result.updated()) {
              job.updatedOne();
            } else {
              job.createdOne();
            }
            result.setAside().forEach(value -> job.warned(warning(row, value)));
          } catch (RuntimeException e) {
            job.refused(error(row, e));
          }
        }
      }
      job.finished(null);
    } catch (IOException | UncheckedIOException e) {
      job.finished("import.unreadable");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "import " + job.id() + " stopped", e);
      job.finished("import.failed");
    }
  }

  /** What a row did: updated a stored record (or made a new one), and what it kept unchecked. */
  public record RowResult(boolean updated, List<UncheckedValue> setAside) {}

  /** One row in its own transaction. A dry run rolls the row back after doing everything else. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RowResult importRow(ImportJob job, List<String> values) {
    RowResult result =
        job.target() == ImportTarget.COMPANIES
            ? new RowResult(companyRows.importRow(job.mapping(), job.key(), values), List.of())
            : importPerson(job.mapping(), job.key(), values);
    if (job.isDryRun()) {
      context.setRollbackOnly();
    }
    return result;
  }

  private RowResult importPerson(ColumnMapping mapping, MatchKey key, List<String> values) {
    String email = mapping.valueOf(values, ImportField.EMAIL);
    Optional<Contact> stored =
        key == MatchKey.EMAIL && email != null && !email.isBlank()
            ? contacts.findByPrimaryEmail(email)
            : Optional.empty();
    ContactForm form =
        stored.isPresent()
            ? contactService.loadContact(stored.get().getId())
            : contactService.newContact(null);
    // a CSV column cannot feed a custom field yet: the row leaves them as they are, so a required
    // custom field does not refuse every imported row
    form.setCustom(List.of());
    RowToForm.apply(mapping, values, form);
    form.setSetAside(UncheckedValues.setAside(form, validator));
    RowCheck.requireValid(validator, form);
    String company = mapping.valueOf(values, ImportField.COMPANY);
    if (company != null && !company.isBlank() && !company.strip().equals(form.getAccountName())) {
      form.setAccountId(
          companies
              .findOrCreate(company.strip(), CallerAccess.caller(context, users), Stamp.of(context))
              .id());
    }
    if (stored.isPresent()) {
      contactService.updateContact(form);
    } else {
      List<DuplicateHit> alike = duplicates.likelyDuplicatesOf(form);
      if (!alike.isEmpty()) {
        throw new BusinessException("import.duplicate", alike.get(0).label());
      }
      contactService.createContact(form);
    }
    return new RowResult(stored.isPresent(), form.getSetAside());
  }

  private static int countRows(ImportJob job) throws IOException {
    int count = 0;
    try (CsvRows rows = CsvRows.open(job.file(), job.dialect())) {
      for (CsvRows.Row ignored : rows) {
        count++;
      }
    }
    return count;
  }

  private static ImportJob.RowError warning(CsvRows.Row row, UncheckedValue value) {
    return new ImportJob.RowError(
        row.line(),
        row.values(),
        "unchecked.kind." + value.getKind().name(),
        List.of(value.getWritten()));
  }

  private static ImportJob.RowError error(CsvRows.Row row, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException b) {
        return new ImportJob.RowError(
            row.line(),
            row.values(),
            b.getMessageKey(),
            Arrays.stream(b.getArguments()).map(String::valueOf).toList());
      }
    }
    LOG.log(Level.WARNING, "row " + row.line() + " failed", e);
    return new ImportJob.RowError(row.line(), row.values(), "import.rowFailed", List.of());
  }
}

package de.opencrm.application.contact.importing;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.duplicate.DuplicateService;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.AccountRepository;
import de.opencrm.domain.account.VatId;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.importing.ColumnMapping;
import de.opencrm.domain.contact.importing.ImportField;
import de.opencrm.domain.duplicate.DuplicateHit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;

/**
 * One company row, inside the transaction the import opened for it: found again by VAT ID or ERP
 * debtor number when the user chose that key (and then updated, if the importer may edit it),
 * otherwise created unless a likely duplicate exists.
 */
@ApplicationScoped
public class CompanyRowImport {

  @Inject AccountService accountService;
  @Inject AccountRepository accounts;
  @Inject DuplicateService duplicates;
  @Inject Validator validator;

  /** Returns whether the row updated a stored company. */
  boolean importRow(ColumnMapping mapping, MatchKey key, List<String> values) {
    Optional<Account> stored = stored(mapping, key, values);
    AccountForm form =
        stored.isPresent()
            ? accountService.loadAccount(stored.get().getId())
            : accountService.newAccount();
    // no CSV column feeds a custom field: the row leaves them as they are
    form.setCustom(List.of());
    RowToAccountForm.apply(mapping, values, form);
    RowCheck.requireValid(validator, form);
    if (stored.isPresent()) {
      accountService.updateAccount(form);
    } else {
      List<DuplicateHit> alike = duplicates.likelyDuplicatesOf(form);
      if (!alike.isEmpty()) {
        throw new BusinessException("import.duplicate", alike.get(0).label());
      }
      accountService.createAccount(form);
    }
    return stored.isPresent();
  }

  private Optional<Account> stored(ColumnMapping mapping, MatchKey key, List<String> values) {
    String cell =
        switch (key) {
          case VAT_ID -> mapping.valueOf(values, ImportField.VAT_ID);
          case ERP_NUMBER -> mapping.valueOf(values, ImportField.ERP_NUMBER);
          default -> null;
        };
    if (cell == null || cell.isBlank()) {
      return Optional.empty();
    }
    if (key == MatchKey.ERP_NUMBER) {
      return accounts.findByErpDebtorNumber(cell.strip());
    }
    String vatId =
        VatId.parse(cell)
            .map(VatId::value)
            .orElseThrow(() -> new BusinessException("account.vatIdInvalid"));
    List<Account> found = accounts.findByVatId(vatId, 2);
    if (found.size() > 1) {
      throw new BusinessException("import.vatIdAmbiguous", vatId);
    }
    return found.stream().findFirst();
  }
}

package de.opencrm.domain.duplicate;

import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.account.LegalForm;
import de.opencrm.domain.account.VatId;
import de.opencrm.domain.common.BusinessException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Merging one company into another: the survivor takes the chosen fields' values from the
 * duplicate, which is then marked as merged; the replaced values are returned so the merge can be
 * undone. Values travel as text: enum names, addresses as their five parts, parent ids.
 */
public final class AccountMerge {

  /** Separates an address's parts in its text form. */
  private static final String PART = "\u001F";

  private AccountMerge() {}

  /** Applies the merge and answers the survivor's values it replaced. */
  public static Map<AccountField, String> merge(
      Account survivor,
      Account duplicate,
      Set<AccountField> takeFromDuplicate,
      LongFunction<Account> accounts) {
    if (survivor.isAbove(duplicate) || duplicate.isAbove(survivor)) {
      throw new BusinessException("merge.groupMembers");
    }
    Map<AccountField, String> before = new EnumMap<>(AccountField.class);
    for (AccountField field : takeFromDuplicate) {
      before.put(field, read(survivor, field));
      write(survivor, field, read(duplicate, field), accounts);
    }
    duplicate.mergeInto(survivor);
    return before;
  }

  /** Puts the replaced values back and returns the duplicate to the lists. */
  public static void undo(
      Account survivor,
      Account duplicate,
      Map<AccountField, String> before,
      LongFunction<Account> accounts) {
    before.forEach((field, value) -> write(survivor, field, value, accounts));
    duplicate.unmerge();
  }

  public static String read(Account a, AccountField field) {
    return switch (field) {
      case NAME -> a.getName();
      case LEGAL_FORM -> a.getLegalForm() == null ? null : a.getLegalForm().name();
      case VAT_ID -> a.getVatId();
      case INDUSTRY -> a.getIndustry();
      case SIZE -> a.getSize() == null ? null : a.getSize().name();
      case WEBSITE -> a.getWebsite();
      case ERP_NUMBER -> a.getErpDebtorNumber();
      case BILLING_ADDRESS -> text(a.getBillingAddress());
      case SHIPPING_ADDRESS -> text(a.getShippingAddress());
      case PARENT -> a.getParent() == null ? null : String.valueOf(a.getParent().getId());
      case SERVICE_LEVEL -> a.getServiceTier().name();
    };
  }

  private static void write(
      Account a, AccountField field, String value, LongFunction<Account> accounts) {
    LegalForm legalForm = a.getLegalForm();
    VatId vatId = a.getVatId() == null ? null : VatId.parse(a.getVatId()).orElse(null);
    String industry = a.getIndustry();
    CompanySize size = a.getSize();
    String website = a.getWebsite();
    String erp = a.getErpDebtorNumber();
    switch (field) {
      case NAME -> {
        if (value != null) {
          a.rename(value);
        }
        return;
      }
      case BILLING_ADDRESS -> {
        a.locate(address(value), a.getShippingAddress());
        return;
      }
      case SHIPPING_ADDRESS -> {
        a.locate(a.getBillingAddress(), address(value));
        return;
      }
      case PARENT -> {
        a.belongTo(value == null ? null : accounts.apply(Long.parseLong(value)));
        return;
      }
      case SERVICE_LEVEL -> {
        a.serviceLevel(value == null ? null : CustomerTier.valueOf(value));
        return;
      }
      case LEGAL_FORM -> legalForm = value == null ? null : LegalForm.valueOf(value);
      case VAT_ID -> vatId = value == null ? null : VatId.parse(value).orElse(null);
      case INDUSTRY -> industry = value;
      case SIZE -> size = value == null ? null : CompanySize.valueOf(value);
      case WEBSITE -> website = value;
      case ERP_NUMBER -> erp = value;
    }
    a.describe(legalForm, vatId, industry, size, website, erp);
  }

  /** An address as one text; null for an empty one. */
  static String text(Address address) {
    if (address == null || address.isEmpty()) {
      return null;
    }
    return String.join(
        PART,
        Arrays.asList(
                address.getStreet(),
                address.getPostalCode(),
                address.getCity(),
                address.getState(),
                address.getCountry())
            .stream()
            .map(p -> p == null ? "" : p)
            .toList());
  }

  static Address address(String text) {
    if (text == null) {
      return new Address();
    }
    String[] parts = Arrays.copyOf(text.split(PART, -1), 5);
    return new Address(
        blankToNull(parts[0]),
        blankToNull(parts[1]),
        blankToNull(parts[2]),
        blankToNull(parts[3]),
        blankToNull(parts[4]));
  }

  private static String blankToNull(String part) {
    return part == null || part.isEmpty() ? null : part;
  }
}

package de.opencrm.domain.product;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A price list (Preisliste): prices of its own for some products, in its currency, valid for a span
 * of days. A list in euros sells the products it names no price for at their catalogue price; a
 * list in another currency sells only what it names. One list is the standard one new line items
 * start from.
 */
@Entity
@Table(name = "crm_price_list")
public class PriceList extends AuditedEntity implements AuditLabelled {

  public static final String EURO = "EUR";

  @Id
  @SequenceGenerator(
      name = "crm_price_list_seq",
      sequenceName = "crm_price_list_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_price_list_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(nullable = false)
  private boolean standard;

  @Column(nullable = false)
  private boolean active = true;

  protected PriceList() {}

  public PriceList(String name, String currency) {
    describe(name, currency, null, null);
  }

  public void describe(String newName, String newCurrency, LocalDate from, LocalDate to) {
    String given = Texts.cut(newName, 100);
    if (given == null) {
      throw BusinessException.onField("name", "priceList.nameRequired");
    }
    String code = Texts.trimToNull(newCurrency);
    if (code == null || !code.matches("[A-Za-z]{3}")) {
      throw BusinessException.onField("currency", "opportunity.currencyInvalid");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw BusinessException.onField("validTo", "priceList.endsBeforeStart");
    }
    this.name = given;
    this.currency = code.toUpperCase(Locale.ROOT);
    this.validFrom = from;
    this.validTo = to;
  }

  /** Whether the list may price line items on the day: active and within its validity. */
  public boolean validOn(LocalDate day) {
    return active
        && (validFrom == null || !day.isBefore(validFrom))
        && (validTo == null || !day.isAfter(validTo));
  }

  /** Whether products without a price of this list sell at their catalogue price (in euros). */
  public boolean fallsBackToCatalogue() {
    return EURO.equals(currency);
  }

  /**
   * What the product sells for on this list: the list's own price when it has one, else its
   * catalogue price on a list in euros; a list in another currency without a price refuses it.
   */
  public BigDecimal unitPrice(Product product, BigDecimal listed) {
    if (listed != null) {
      return listed;
    }
    if (fallsBackToCatalogue()) {
      return product.getNetPrice();
    }
    throw BusinessException.onField("product", "priceList.noPrice", product.getSku(), name);
  }

  public void makeStandard(boolean isStandard) {
    this.standard = isStandard;
  }

  public void activate(boolean usable) {
    this.active = usable;
  }

  @Override
  public String auditLabel() {
    return name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCurrency() {
    return currency;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public boolean isStandard() {
    return standard;
  }

  public boolean isActive() {
    return active;
  }
}

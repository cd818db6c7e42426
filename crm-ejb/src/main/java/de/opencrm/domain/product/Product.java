package de.opencrm.domain.product;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A product or service of the catalogue: its article number (SKU), name, unit, net list price in
 * euros and VAT rate. A product no longer sold is deactivated, not deleted: line items and quotes
 * still name it.
 */
@Entity
@Table(name = "crm_product")
public class Product extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_product_seq",
      sequenceName = "crm_product_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_product_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String sku;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 1000)
  private String description;

  @Column(nullable = false, length = 20)
  private String unit;

  @Column(name = "net_price", nullable = false, precision = 15, scale = 2)
  private BigDecimal netPrice;

  @Enumerated(EnumType.STRING)
  @Column(name = "vat_rate", nullable = false, length = 10)
  private VatRate vatRate;

  @Column(nullable = false)
  private boolean active = true;

  /** Name and SKU in lower case, for a search that ignores case on every database. */
  @Column(name = "search_text", nullable = false, length = 250)
  private String searchText;

  protected Product() {}

  public Product(String sku, String name, String unit, BigDecimal netPrice, VatRate vatRate) {
    numbered(sku);
    describe(name, null, unit);
    price(netPrice, vatRate);
  }

  /** The article number: letters, digits and - . _ / only, so it prints and sorts plainly. */
  public void numbered(String newSku) {
    String given = Texts.trimToNull(newSku);
    if (given == null) {
      throw BusinessException.onField("sku", "product.skuRequired");
    }
    if (given.length() > 40 || !given.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*")) {
      throw BusinessException.onField("sku", "product.skuInvalid");
    }
    this.sku = given;
    index();
  }

  public void describe(String newName, String newDescription, String newUnit) {
    String given = Texts.cut(newName, 200);
    if (given == null) {
      throw BusinessException.onField("name", "product.nameRequired");
    }
    String givenUnit = Texts.trimToNull(newUnit);
    if (givenUnit == null) {
      throw BusinessException.onField("unit", "product.unitRequired");
    }
    if (givenUnit.length() > 20) {
      throw BusinessException.onField("unit", "product.unitTooLong");
    }
    this.name = given;
    this.description = Texts.cut(newDescription, 1000);
    this.unit = givenUnit;
    index();
  }

  public void price(BigDecimal newNetPrice, VatRate newVatRate) {
    if (newVatRate == null) {
      throw BusinessException.onField("vatRate", "product.vatRequired");
    }
    this.netPrice = Money.price(newNetPrice, "netPrice");
    this.vatRate = newVatRate;
  }

  public void activate(boolean sold) {
    this.active = sold;
  }

  private void index() {
    if (name != null && sku != null) {
      this.searchText = (name + " " + sku).toLowerCase(Locale.ROOT);
    }
  }

  @Override
  public String auditLabel() {
    return sku + " " + name;
  }

  public Long getId() {
    return id;
  }

  public String getSku() {
    return sku;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getNetPrice() {
    return netPrice;
  }

  public VatRate getVatRate() {
    return vatRate;
  }

  public boolean isActive() {
    return active;
  }
}

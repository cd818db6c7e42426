package de.opencrm.domain.quote;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.opportunity.Opportunity;
import de.opencrm.domain.product.Product;
import de.opencrm.domain.product.VatRate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A line of an opportunity: a product, how many, at which unit price (from the opportunity's price
 * list, when the line was priced) and discount. Name, unit and VAT rate are the product's at that
 * time, so a later change of the catalogue does not change what was offered.
 */
@Entity
@Table(name = "crm_line_item")
public class LineItem extends AuditedEntity implements AuditLabelled, Priced {

  @Id
  @SequenceGenerator(
      name = "crm_line_item_seq",
      sequenceName = "crm_line_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_line_item_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
  private Opportunity opportunity;

  @Column(name = "position_no", nullable = false)
  private int position;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id", nullable = false, updatable = false)
  private Product product;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 20)
  private String unit;

  @Column(nullable = false, precision = 12, scale = 3)
  private BigDecimal quantity;

  @Column(name = "unit_price", nullable = false, precision = 15, scale = 2)
  private BigDecimal unitPrice;

  @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal discountPercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "vat_rate", nullable = false, length = 10)
  private VatRate vatRate;

  @Column(name = "net_amount", nullable = false, precision = 15, scale = 2)
  private BigDecimal netAmount;

  protected LineItem() {}

  public LineItem(
      Opportunity opportunity,
      int position,
      Product product,
      BigDecimal unitPrice,
      BigDecimal quantity,
      BigDecimal discountPercent) {
    this.opportunity = opportunity;
    this.position = position;
    this.product = product;
    this.name = product.getName();
    this.unit = product.getUnit();
    this.vatRate = product.getVatRate();
    this.unitPrice = unitPrice;
    order(quantity, discountPercent);
  }

  /** A new quantity or discount; the net amount follows. */
  public void order(BigDecimal newQuantity, BigDecimal newDiscountPercent) {
    LineAmount amount = new LineAmount(newQuantity, unitPrice, newDiscountPercent);
    this.quantity = amount.quantity();
    this.discountPercent = amount.discountPercent();
    this.netAmount = amount.net();
  }

  /** Whether the line holds this quantity and discount already (none given counts as 0). */
  public boolean orders(BigDecimal otherQuantity, BigDecimal otherDiscountPercent) {
    return otherQuantity != null
        && quantity.compareTo(otherQuantity) == 0
        && discountPercent.compareTo(
                otherDiscountPercent == null ? BigDecimal.ZERO : otherDiscountPercent)
            == 0;
  }

  /** Priced again (another price list): the product's current name, unit and rate come along. */
  public void reprice(BigDecimal newUnitPrice) {
    this.unitPrice = newUnitPrice;
    this.name = product.getName();
    this.unit = product.getUnit();
    this.vatRate = product.getVatRate();
    order(quantity, discountPercent);
  }

  public void moveTo(int newPosition) {
    this.position = newPosition;
  }

  @Override
  public BigDecimal netAmount() {
    return netAmount;
  }

  @Override
  public VatRate vatRate() {
    return vatRate;
  }

  @Override
  public String auditLabel() {
    return opportunity.getName() + ": " + position + ". " + name;
  }

  public Long getId() {
    return id;
  }

  public Opportunity getOpportunity() {
    return opportunity;
  }

  public int getPosition() {
    return position;
  }

  public Product getProduct() {
    return product;
  }

  public String getName() {
    return name;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }
}

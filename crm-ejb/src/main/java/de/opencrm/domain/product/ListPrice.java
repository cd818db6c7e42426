package de.opencrm.domain.product;

import de.opencrm.domain.audit.AuditLabelled;
import de.opencrm.domain.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A product's net price on a price list, in the list's currency. */
@Entity
@Table(name = "crm_list_price")
public class ListPrice extends AuditedEntity implements AuditLabelled {

  @Id
  @SequenceGenerator(
      name = "crm_list_price_seq",
      sequenceName = "crm_list_price_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_list_price_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "price_list_id", nullable = false, updatable = false)
  private PriceList priceList;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "product_id", nullable = false, updatable = false)
  private Product product;

  @Column(name = "net_price", nullable = false, precision = 15, scale = 2)
  private BigDecimal netPrice;

  protected ListPrice() {}

  public ListPrice(PriceList priceList, Product product, BigDecimal netPrice) {
    this.priceList = priceList;
    this.product = product;
    price(netPrice);
  }

  public void price(BigDecimal newNetPrice) {
    this.netPrice = Money.price(newNetPrice, "listPrice");
  }

  @Override
  public String auditLabel() {
    return priceList.getName() + ": " + product.getSku();
  }

  public Long getId() {
    return id;
  }

  public PriceList getPriceList() {
    return priceList;
  }

  public Product getProduct() {
    return product;
  }

  public BigDecimal getNetPrice() {
    return netPrice;
  }
}

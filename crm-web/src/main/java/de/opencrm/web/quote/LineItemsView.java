package de.opencrm.web.quote;

import de.opencrm.application.product.PriceListRow;
import de.opencrm.application.product.PriceListService;
import de.opencrm.application.product.ProductCatalogService;
import de.opencrm.application.product.ProductChoice;
import de.opencrm.application.quote.LineItemService;
import de.opencrm.application.quote.LineItems;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.web.opportunity.OpportunityView;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The line items section of the opportunity page: products added with quantity and discount,
 * quantities and discounts changed together, lines taken off, another price list chosen. After each
 * change the opportunity above is shown again with the amount the lines make.
 */
@Named
@ViewScoped
public class LineItemsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "linesForm";

  @Inject LineItemService lineItems;
  @Inject ProductCatalogService catalog;
  @Inject PriceListService priceLists;
  @Inject OpportunityView opportunity;
  @Inject FacesErrors errors;

  private LineItems items;
  private List<LineEdit> lines = List.of();
  private List<PriceListRow> lists;
  private Long chosenListId;
  private BigDecimal rate;
  private ProductChoice product;
  private BigDecimal quantity = BigDecimal.ONE;
  private BigDecimal discountPercent;

  /** The lines of the page's opportunity, read once per view and after every change. */
  public LineItems getItems() {
    if (items == null && opportunity.getDetail() != null) {
      reload();
    }
    return items;
  }

  private void reload() {
    items = lineItems.lineItems(opportunity.getId());
    lines = items.rows().stream().map(LineEdit::new).toList();
    chosenListId = items.priceListId();
  }

  private void changed(String key, Object... arguments) {
    errors.infoAt(FORM, key, arguments);
    reload();
    opportunity.load();
  }

  public List<ProductChoice> completeProducts(String typed) {
    return catalog.suggestProducts(typed);
  }

  public void add() {
    try {
      if (product == null) {
        throw BusinessException.onField("product", "lineItem.chooseProduct");
      }
      lineItems.addLineItem(opportunity.getId(), product.id(), quantity, discountPercent);
      String added = product.label();
      product = null;
      quantity = BigDecimal.ONE;
      discountPercent = null;
      changed("lineItem.added", added);
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void saveChanges() {
    try {
      lineItems.changeLineItems(opportunity.getId(), lines.stream().map(LineEdit::change).toList());
      changed("lineItem.saved");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void remove(LineEdit line) {
    try {
      lineItems.removeLineItem(opportunity.getId(), line.getRow().id(), line.getRow().version());
      changed("lineItem.removed", line.getRow().name());
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void choosePriceList() {
    if (chosenListId == null) {
      return;
    }
    try {
      lineItems.choosePriceList(opportunity.getId(), chosenListId, rate);
      rate = null;
      changed("lineItem.repriced");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public List<PriceListRow> getPriceLists() {
    if (lists == null) {
      lists = priceLists.priceLists().stream().filter(PriceListRow::active).toList();
    }
    return lists;
  }

  public List<LineEdit> getLines() {
    return lines;
  }

  public Long getChosenListId() {
    return chosenListId;
  }

  public void setChosenListId(Long chosenListId) {
    this.chosenListId = chosenListId;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }

  public ProductChoice getProduct() {
    return product;
  }

  public void setProduct(ProductChoice product) {
    this.product = product;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public void setQuantity(BigDecimal quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getDiscountPercent() {
    return discountPercent;
  }

  public void setDiscountPercent(BigDecimal discountPercent) {
    this.discountPercent = discountPercent;
  }
}

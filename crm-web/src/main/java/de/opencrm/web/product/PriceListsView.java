package de.opencrm.web.product;

import de.opencrm.application.product.ListPriceRow;
import de.opencrm.application.product.PriceListForm;
import de.opencrm.application.product.PriceListRow;
import de.opencrm.application.product.PriceListService;
import de.opencrm.application.product.ProductCatalogService;
import de.opencrm.application.product.ProductChoice;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Price lists for the administrator: one list chosen, its name, currency, validity and whether it
 * is the standard list, and its own prices a page at a time; a product's price set or taken off.
 */
@Named
@ViewScoped
public class PriceListsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "priceListForm";
  private static final String PRICE_FORM = "priceForm";

  @Inject PriceListService priceLists;
  @Inject ProductCatalogService catalog;
  @Inject FacesErrors errors;

  private List<PriceListRow> lists;
  private Long listId;
  private PriceListForm form = new PriceListForm();
  private PagedLazyDataModel<ListPriceRow> prices;
  private ProductChoice product;
  private BigDecimal price;

  @PostConstruct
  void init() {
    prices = PagedLazyDataModel.ofPages(r -> priceLists.listPrices(listId, r), ListPriceRow::id);
    lists = priceLists.priceLists();
    if (!lists.isEmpty()) {
      listId = lists.get(0).id();
      showList();
    }
  }

  public void showList() {
    form = listId == null ? new PriceListForm() : priceLists.loadPriceList(listId);
  }

  public void startNew() {
    listId = null;
    form = new PriceListForm();
  }

  public void save() {
    try {
      listId = priceLists.savePriceList(form);
      errors.info("priceList.saved", form.getName());
      lists = priceLists.priceLists();
      showList();
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public List<ProductChoice> completeProducts(String typed) {
    return catalog.suggestProducts(typed);
  }

  /** Sets the chosen product's price on the list. */
  public void savePrice() {
    if (listId == null || product == null) {
      return;
    }
    try {
      priceLists.setListPrice(listId, product.id(), price);
      errors.info("priceList.priceSet", product.label());
      product = null;
      price = null;
    } catch (RuntimeException e) {
      errors.show(e, PRICE_FORM);
    }
  }

  public void remove(ListPriceRow row) {
    try {
      priceLists.removeListPrice(row.id(), row.version());
      errors.info("priceList.priceRemoved", row.productName());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public List<PriceListRow> getLists() {
    return lists;
  }

  public Long getListId() {
    return listId;
  }

  public void setListId(Long listId) {
    this.listId = listId;
  }

  public PriceListForm getForm() {
    return form;
  }

  public PagedLazyDataModel<ListPriceRow> getPrices() {
    return prices;
  }

  public ProductChoice getProduct() {
    return product;
  }

  public void setProduct(ProductChoice product) {
    this.product = product;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }
}

package de.opencrm.web.product;

import de.opencrm.application.product.ProductCatalogService;
import de.opencrm.application.product.ProductForm;
import de.opencrm.domain.product.ProductRepository;
import de.opencrm.domain.product.ProductRow;
import de.opencrm.domain.product.VatRate;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The product catalogue for the administrator: products a page at a time, searched by name or
 * article number, active ones by default; one product edited in a dialog.
 */
@Named
@ViewScoped
public class ProductsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "productForm";

  @Inject ProductCatalogService catalog;
  @Inject FacesErrors errors;

  private PagedLazyDataModel<ProductRow> model;
  private ProductForm form = new ProductForm();

  @PostConstruct
  void init() {
    model = PagedLazyDataModel.ofPages(catalog::listProducts, ProductRow::id);
    model.preferSort("name", true);
    model.getCriteria().put(ProductRepository.ACTIVE, "true");
  }

  public void startNew() {
    form = new ProductForm();
  }

  public void startEdit(ProductRow row) {
    try {
      form = catalog.loadProduct(row.id());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void save() {
    try {
      catalog.saveProduct(form);
      errors.info("product.saved", form.getName());
      startNew();
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public VatRate[] getVatRates() {
    return VatRate.values();
  }

  public PagedLazyDataModel<ProductRow> getModel() {
    return model;
  }

  public ProductForm getForm() {
    return form;
  }
}

package de.opencrm.application.product;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.product.Product;
import de.opencrm.domain.product.ProductRepository;
import de.opencrm.domain.product.ProductRow;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The product catalogue: read by everyone who sells, kept by administrators. A product is never
 * deleted, only deactivated, since line items and quotes name it.
 */
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
public class ProductCatalogService {

  /** How many products the product search offers at most. */
  static final int SUGGESTIONS = 15;

  @Inject ProductRepository products;
  @Resource SessionContext context;

  public Page<ProductRow> listProducts(@NotNull PageRequest request) {
    return products.list(request);
  }

  /** Active products whose name or article number contains the text, for a line item. */
  public List<ProductChoice> suggestProducts(String text) {
    PageRequest request =
        new PageRequest(0, SUGGESTIONS, "name", true, text)
            .withCriterion(ProductRepository.ACTIVE, "true");
    return products.list(request).rows().stream()
        .map(p -> new ProductChoice(p.id(), p.sku() + " – " + p.name()))
        .toList();
  }

  public ProductForm loadProduct(long id) {
    Product product = find(id);
    ProductForm form = new ProductForm();
    form.setId(product.getId());
    form.setVersion(product.getVersion());
    form.setSku(product.getSku());
    form.setName(product.getName());
    form.setDescription(product.getDescription());
    form.setUnit(product.getUnit());
    form.setNetPrice(product.getNetPrice());
    form.setVatRate(product.getVatRate());
    form.setActive(product.isActive());
    return form;
  }

  /** Creates the product or saves the changes to it, in the version the user saw. */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public long saveProduct(@NotNull @Valid ProductForm form) {
    Stamp stamp = Stamp.of(context);
    products
        .findBySku(form.getSku() == null ? "" : form.getSku().strip())
        .filter(other -> !other.getId().equals(form.getId()))
        .ifPresent(
            other -> {
              throw BusinessException.onField("sku", "product.skuTaken", other.getName());
            });
    Product product;
    if (form.isNew()) {
      product =
          new Product(
              form.getSku(), form.getName(), form.getUnit(), form.getNetPrice(), form.getVatRate());
    } else {
      product = find(form.getId());
      product.requireVersion(form.getVersion());
      product.numbered(form.getSku());
      product.price(form.getNetPrice(), form.getVatRate());
    }
    product.describe(form.getName(), form.getDescription(), form.getUnit());
    product.activate(form.isActive());
    if (form.isNew()) {
      product.recordCreation(stamp.user(), stamp.at());
      return products.add(product).getId();
    }
    product.recordModification(stamp.user(), stamp.at());
    return product.getId();
  }

  private Product find(long id) {
    return products.findById(id).orElseThrow(() -> new BusinessException("product.notFound"));
  }
}

package de.opencrm.application.product;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.product.ListPrice;
import de.opencrm.domain.product.PriceList;
import de.opencrm.domain.product.Product;
import de.opencrm.domain.product.ProductRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * Price lists and their own prices: chosen by everyone who sells, kept by administrators. Exactly
 * one list is the standard one once a list is marked so.
 */
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
public class PriceListService {

  @Inject ProductRepository products;
  @Resource SessionContext context;

  public List<PriceListRow> priceLists() {
    return products.priceLists().stream().map(PriceListService::rowOf).toList();
  }

  public PriceListForm loadPriceList(long id) {
    PriceList list = find(id);
    PriceListForm form = new PriceListForm();
    form.setId(list.getId());
    form.setVersion(list.getVersion());
    form.setName(list.getName());
    form.setCurrency(list.getCurrency());
    form.setValidFrom(list.getValidFrom());
    form.setValidTo(list.getValidTo());
    form.setStandard(list.isStandard());
    form.setActive(list.isActive());
    return form;
  }

  /** Creates the list or saves it; a list made the standard one takes over from the former. */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public long savePriceList(@NotNull @Valid PriceListForm form) {
    Stamp stamp = Stamp.of(context);
    products
        .findPriceListByName(form.getName() == null ? "" : form.getName().strip())
        .filter(other -> !other.getId().equals(form.getId()))
        .ifPresent(
            other -> {
              throw BusinessException.onField("name", "priceList.nameTaken");
            });
    PriceList list;
    if (form.isNew()) {
      list = new PriceList(form.getName(), form.getCurrency());
    } else {
      list = find(form.getId());
      list.requireVersion(form.getVersion());
    }
    list.describe(form.getName(), form.getCurrency(), form.getValidFrom(), form.getValidTo());
    list.activate(form.isActive() || form.isStandard());
    if (form.isStandard() && !list.isStandard()) {
      products
          .standardPriceList()
          .ifPresent(
              former -> {
                former.makeStandard(false);
                former.recordModification(stamp.user(), stamp.at());
              });
    }
    list.makeStandard(form.isStandard());
    if (form.isNew()) {
      list.recordCreation(stamp.user(), stamp.at());
      return products.addPriceList(list).getId();
    }
    list.recordModification(stamp.user(), stamp.at());
    return list.getId();
  }

  /** The list's own prices, a page at a time, by product name. */
  public Page<ListPriceRow> listPrices(long priceListId, @NotNull PageRequest request) {
    find(priceListId);
    Page<ListPrice> page = products.listPrices(priceListId, request);
    return new Page<>(
        page.rows().stream()
            .map(
                p ->
                    new ListPriceRow(
                        p.getId(),
                        p.getVersion(),
                        p.getProduct().getId(),
                        p.getProduct().getSku(),
                        p.getProduct().getName(),
                        p.getProduct().getNetPrice(),
                        p.getNetPrice()))
            .toList(),
        page.total());
  }

  /** Gives the product a price of the list's own, or changes the one it has. */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.EDIT)
  public void setListPrice(long priceListId, long productId, BigDecimal netPrice) {
    Stamp stamp = Stamp.of(context);
    PriceList list = find(priceListId);
    Product product =
        products
            .findById(productId)
            .orElseThrow(() -> BusinessException.onField("product", "product.notFound"));
    ListPrice existing = products.listPrice(priceListId, productId).orElse(null);
    if (existing != null) {
      existing.price(netPrice);
      existing.recordModification(stamp.user(), stamp.at());
      return;
    }
    ListPrice price = new ListPrice(list, product, netPrice);
    price.recordCreation(stamp.user(), stamp.at());
    products.addListPrice(price);
  }

  /** Takes the product's own price off the list. */
  @RolesAllowed(Role.Names.ADMIN)
  @Permission(area = Area.ADMIN, operation = Operation.DELETE)
  public void removeListPrice(long listPriceId, long version) {
    ListPrice price =
        products
            .findListPrice(listPriceId)
            .orElseThrow(() -> new BusinessException("priceList.priceGone"));
    price.requireVersion(version);
    products.removeListPrice(price);
  }

  private PriceList find(long id) {
    return products
        .findPriceList(id)
        .orElseThrow(() -> new BusinessException("priceList.notFound"));
  }

  static PriceListRow rowOf(PriceList l) {
    return new PriceListRow(
        l.getId(),
        l.getName(),
        l.getCurrency(),
        l.getValidFrom(),
        l.getValidTo(),
        l.isStandard(),
        l.isActive());
  }
}

package de.opencrm.application.quote;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.common.RecordScopes;
import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.opportunity.Opportunity;
import de.opencrm.domain.opportunity.OpportunityRepository;
import de.opencrm.domain.product.ListPrice;
import de.opencrm.domain.product.PriceList;
import de.opencrm.domain.product.Product;
import de.opencrm.domain.product.ProductRepository;
import de.opencrm.domain.quote.LineItem;
import de.opencrm.domain.quote.QuoteRepository;
import de.opencrm.domain.quote.QuoteTotals;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The line items of an opportunity: products priced from its price list, with quantity and
 * discount. Every change makes their net total the opportunity's amount, in the same transaction. A
 * closed opportunity keeps the lines it was closed with.
 */
@Stateless
@RolesAllowed({Role.Names.SALES, Role.Names.MANAGER, Role.Names.ADMIN})
@Permission(area = Area.OPPORTUNITIES, operation = Operation.READ)
public class LineItemService {

  /** Lines an opportunity holds at most: a quote, not an order book. */
  public static final int MAX_LINES = 200;

  @Inject QuoteRepository quotes;
  @Inject OpportunityRepository opportunities;
  @Inject ProductRepository products;
  @Inject RecordScopes scopes;
  @Inject CompanyTime time;
  @Resource SessionContext context;

  public LineItems lineItems(long opportunityId) {
    Opportunity opportunity = visible(opportunityId);
    List<LineItem> items = quotes.lineItems(opportunityId);
    PriceList list = opportunity.getPriceList();
    return new LineItems(
        items.stream().map(LineItemRow::of).toList(),
        QuoteTotals.of(items),
        list == null ? null : list.getId(),
        list == null ? null : list.getName(),
        opportunity.getCurrency(),
        opportunity.isClosed());
  }

  /**
   * Adds the product at the end, priced from the opportunity's list (the standard one at first).
   */
  @Permission(area = Area.OPPORTUNITIES, operation = Operation.EDIT)
  public void addLineItem(
      long opportunityId, long productId, BigDecimal quantity, BigDecimal discountPercent) {
    Opportunity opportunity = open(opportunityId);
    Product product =
        products
            .findById(productId)
            .filter(Product::isActive)
            .orElseThrow(() -> BusinessException.onField("product", "product.notFound"));
    List<LineItem> items = new ArrayList<>(quotes.lineItems(opportunityId));
    if (items.size() >= MAX_LINES) {
      throw BusinessException.onField("product", "lineItem.tooMany", MAX_LINES);
    }
    if (opportunity.getPriceList() == null) {
      opportunity.priceFrom(usable(standardList()), null);
    }
    LineItem item =
        new LineItem(
            opportunity,
            items.size() + 1,
            product,
            priceOf(opportunity.getPriceList(), product),
            quantity,
            discountPercent);
    Stamp stamp = Stamp.of(context);
    item.recordCreation(stamp.user(), stamp.at());
    items.add(quotes.addLineItem(item));
    total(opportunity, items, stamp);
  }

  /** New quantities and discounts for lines of the opportunity, each in the version seen. */
  @Permission(area = Area.OPPORTUNITIES, operation = Operation.EDIT)
  public void changeLineItems(long opportunityId, @NotNull List<LineChange> changes) {
    Opportunity opportunity = open(opportunityId);
    List<LineItem> items = quotes.lineItems(opportunityId);
    Stamp stamp = Stamp.of(context);
    for (LineChange change : changes) {
      LineItem item = lineOf(items, change.id());
      if (item.orders(change.quantity(), change.discountPercent())) {
        continue;
      }
      item.requireVersion(change.version());
      item.order(change.quantity(), change.discountPercent());
      item.recordModification(stamp.user(), stamp.at());
    }
    total(opportunity, items, stamp);
  }

  /** Takes a line off; the ones after it move up. */
  @Permission(area = Area.OPPORTUNITIES, operation = Operation.EDIT)
  public void removeLineItem(long opportunityId, long itemId, long version) {
    Opportunity opportunity = open(opportunityId);
    List<LineItem> items = new ArrayList<>(quotes.lineItems(opportunityId));
    LineItem item = lineOf(items, itemId);
    item.requireVersion(version);
    items.remove(item);
    quotes.removeLineItem(item);
    Stamp stamp = Stamp.of(context);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).getPosition() != i + 1) {
        items.get(i).moveTo(i + 1);
        items.get(i).recordModification(stamp.user(), stamp.at());
      }
    }
    total(opportunity, items, stamp);
  }

  /**
   * Prices the opportunity from another list: every line takes that list's price, the amount its
   * currency (a currency other than the euro with the given rate, or the one it had).
   */
  @Permission(area = Area.OPPORTUNITIES, operation = Operation.EDIT)
  public void choosePriceList(long opportunityId, long priceListId, BigDecimal rate) {
    Opportunity opportunity = open(opportunityId);
    PriceList list =
        usable(
            products
                .findPriceList(priceListId)
                .orElseThrow(() -> BusinessException.onField("priceList", "priceList.notFound")));
    opportunity.priceFrom(list, rate);
    List<LineItem> items = quotes.lineItems(opportunityId);
    Stamp stamp = Stamp.of(context);
    for (LineItem item : items) {
      item.reprice(priceOf(list, item.getProduct()));
      item.recordModification(stamp.user(), stamp.at());
    }
    total(opportunity, items, stamp);
  }

  private BigDecimal priceOf(PriceList list, Product product) {
    BigDecimal listed =
        products.listPrice(list.getId(), product.getId()).map(ListPrice::getNetPrice).orElse(null);
    return list.unitPrice(product, listed);
  }

  private PriceList standardList() {
    return products
        .standardPriceList()
        .orElseThrow(() -> BusinessException.onField("product", "priceList.noStandard"));
  }

  private PriceList usable(PriceList list) {
    if (!list.validOn(time.today())) {
      throw BusinessException.onField("priceList", "priceList.notValid", list.getName());
    }
    return list;
  }

  private static void total(Opportunity opportunity, List<LineItem> items, Stamp stamp) {
    if (!items.isEmpty()) {
      opportunity.itemsTotal(QuoteTotals.of(items).net());
    }
    opportunity.recordModification(stamp.user(), stamp.at());
  }

  private static LineItem lineOf(List<LineItem> items, long id) {
    return items.stream()
        .filter(i -> i.getId() == id)
        .findFirst()
        .orElseThrow(() -> new BusinessException("lineItem.gone"));
  }

  private Opportunity open(long opportunityId) {
    Opportunity opportunity = visible(opportunityId);
    if (opportunity.isClosed()) {
      throw new BusinessException("lineItem.closed");
    }
    return opportunity;
  }

  private Opportunity visible(long opportunityId) {
    return scopes.visible(context, opportunities.require(opportunityId));
  }
}

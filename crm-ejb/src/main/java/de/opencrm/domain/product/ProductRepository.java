package de.opencrm.domain.product;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import java.util.List;
import java.util.Optional;

/** The catalogue: products, price lists and their prices. */
public interface ProductRepository {

  /** Criterion: "true" lists only active products, "false" only inactive ones. */
  String ACTIVE = "active";

  Product add(Product product);

  Optional<Product> findById(long id);

  Optional<Product> findBySku(String sku);

  /** A page of products whose name or SKU contains the filter, by the requested sort. */
  Page<ProductRow> list(PageRequest request);

  PriceList addPriceList(PriceList list);

  Optional<PriceList> findPriceList(long id);

  Optional<PriceList> findPriceListByName(String name);

  /** Every price list, the standard one first, then by name (a handful, never thousands). */
  List<PriceList> priceLists();

  Optional<PriceList> standardPriceList();

  ListPrice addListPrice(ListPrice price);

  Optional<ListPrice> findListPrice(long id);

  Optional<ListPrice> listPrice(long priceListId, long productId);

  /** A page of a list's own prices, by product name. */
  Page<ListPrice> listPrices(long priceListId, PageRequest request);

  void removeListPrice(ListPrice price);
}

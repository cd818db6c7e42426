package de.opencrm.infrastructure.persistence.sales;

import de.opencrm.domain.common.Page;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.product.ListPrice;
import de.opencrm.domain.product.PriceList;
import de.opencrm.domain.product.Product;
import de.opencrm.domain.product.ProductRepository;
import de.opencrm.domain.product.ProductRow;
import de.opencrm.infrastructure.persistence.Jpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

  private static final Map<String, String> SORTABLE =
      Map.of("sku", "p.sku", "name", "p.name", "netPrice", "p.netPrice", "vatRate", "p.vatRate");

  @PersistenceContext(unitName = "crm")
  EntityManager em;

  @Override
  public Product add(Product product) {
    em.persist(product);
    return product;
  }

  @Override
  public Optional<Product> findById(long id) {
    return Optional.ofNullable(em.find(Product.class, id));
  }

  @Override
  public Optional<Product> findBySku(String sku) {
    return em.createQuery("SELECT p FROM Product p WHERE p.sku = :sku", Product.class)
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<ProductRow> list(PageRequest request) {
    String where = where(request);
    TypedQuery<Product> rows =
        em.createQuery(
            "SELECT p FROM Product p"
                + where
                + Jpql.orderBy(SORTABLE, request, "p.name")
                + ", p.id",
            Product.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Product p" + where, Long.class);
    bind(rows, request);
    bind(count, request);
    List<ProductRow> page =
        rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
            .map(ProductRow::of)
            .toList();
    return new Page<>(page, count.getSingleResult());
  }

  private static String where(PageRequest request) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (request.filter() != null) {
      where.append(" AND p.searchText LIKE :pattern ESCAPE '\\'");
    }
    if (request.criterion(ACTIVE) != null) {
      where.append(" AND p.active = :active");
    }
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, PageRequest request) {
    if (request.filter() != null) {
      query.setParameter("pattern", Jpql.containsPattern(request.filter()));
    }
    if (request.criterion(ACTIVE) != null) {
      query.setParameter("active", Boolean.parseBoolean(request.criterion(ACTIVE)));
    }
  }

  @Override
  public PriceList addPriceList(PriceList list) {
    em.persist(list);
    return list;
  }

  @Override
  public Optional<PriceList> findPriceList(long id) {
    return Optional.ofNullable(em.find(PriceList.class, id));
  }

  @Override
  public Optional<PriceList> findPriceListByName(String name) {
    return em.createQuery("SELECT l FROM PriceList l WHERE l.name = :name", PriceList.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PriceList> priceLists() {
    return em.createQuery(
            "SELECT l FROM PriceList l ORDER BY l.standard DESC, l.name", PriceList.class)
        .getResultList();
  }

  @Override
  public Optional<PriceList> standardPriceList() {
    return em.createQuery("SELECT l FROM PriceList l WHERE l.standard = TRUE", PriceList.class)
        .getResultStream()
        .findFirst();
  }

  @Override
  public ListPrice addListPrice(ListPrice price) {
    em.persist(price);
    return price;
  }

  @Override
  public Optional<ListPrice> findListPrice(long id) {
    return Optional.ofNullable(em.find(ListPrice.class, id));
  }

  @Override
  public Optional<ListPrice> listPrice(long priceListId, long productId) {
    return em.createQuery(
            "SELECT lp FROM ListPrice lp"
                + " WHERE lp.priceList.id = :list AND lp.product.id = :product",
            ListPrice.class)
        .setParameter("list", priceListId)
        .setParameter("product", productId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<ListPrice> listPrices(long priceListId, PageRequest request) {
    List<ListPrice> page =
        em.createQuery(
                "SELECT lp FROM ListPrice lp JOIN FETCH lp.product p"
                    + " WHERE lp.priceList.id = :list ORDER BY p.name, p.id",
                ListPrice.class)
            .setParameter("list", priceListId)
            .setFirstResult(request.first())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createQuery(
                "SELECT COUNT(lp) FROM ListPrice lp WHERE lp.priceList.id = :list", Long.class)
            .setParameter("list", priceListId)
            .getSingleResult();
    return new Page<>(page, total);
  }

  @Override
  public void removeListPrice(ListPrice price) {
    em.remove(price);
  }
}

package de.opencrm.application.product;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.product.ListPrice;
import de.opencrm.domain.product.PriceList;
import de.opencrm.domain.product.Product;
import de.opencrm.domain.product.ProductRepository;
import de.opencrm.domain.product.VatRate;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode only, and only into an empty catalogue: software, services, a book at 7 % and an
 * export item at 0 %, a partner list in euros with prices of its own and a Swiss list in francs.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoProducts {

  private static final Logger LOG = Logger.getLogger(DemoProducts.class.getName());

  private record Demo(String sku, String name, String unit, String price, VatRate vat) {}

  private static final List<Demo> DEMO =
      List.of(
          new Demo("TP-LIZ", "Tourenplanung Lizenz", "Lizenz", "1200.00", VatRate.STANDARD),
          new Demo("TP-WART", "Wartung und Updates (jährlich)", "Jahr", "240.00", VatRate.STANDARD),
          new Demo("SCH-TAG", "Schulungstag vor Ort", "Tag", "980.00", VatRate.STANDARD),
          new Demo("BER-STD", "Beratung", "Stunde", "135.00", VatRate.STANDARD),
          new Demo("SEN-TEMP", "Temperatursensor Kühlkette", "Stück", "89.90", VatRate.STANDARD),
          new Demo("HB-LOG", "Handbuch Lagerlogistik (Buch)", "Stück", "49.00", VatRate.REDUCED),
          new Demo("EXP-SET", "Sensor-Set Export (steuerfrei)", "Set", "640.00", VatRate.ZERO));

  private static final Map<String, String> PARTNER =
      Map.of("TP-LIZ", "960.00", "TP-WART", "200.00", "BER-STD", "115.00");

  private static final Map<String, String> SWISS =
      Map.of("TP-LIZ", "1250.00", "TP-WART", "255.00", "SCH-TAG", "1050.00");

  @Inject ProductRepository products;

  @Inject
  @ConfigProperty(name = "crm.demo", defaultValue = "false")
  boolean demo;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void createDemoProducts() {
    if (!demo || products.list(PageRequest.of(0, 1)).total() > 0) {
      return;
    }
    Stamp stamp = Stamp.system();
    Map<String, Product> made = new HashMap<>();
    for (Demo d : DEMO) {
      Product product =
          new Product(d.sku(), d.name(), d.unit(), new BigDecimal(d.price()), d.vat());
      product.recordCreation(stamp.user(), stamp.at());
      made.put(d.sku(), products.add(product));
    }
    priceList("Partner", "EUR", PARTNER, made, stamp);
    priceList("Schweiz", "CHF", SWISS, made, stamp);
    LOG.info("Demo mode: " + made.size() + " demo products and two price lists created.");
  }

  private void priceList(
      String name,
      String currency,
      Map<String, String> prices,
      Map<String, Product> made,
      Stamp stamp) {
    if (products.findPriceListByName(name).isPresent()) {
      return;
    }
    PriceList list = new PriceList(name, currency);
    list.recordCreation(stamp.user(), stamp.at());
    products.addPriceList(list);
    prices.forEach(
        (sku, price) -> {
          ListPrice listed = new ListPrice(list, made.get(sku), new BigDecimal(price));
          listed.recordCreation(stamp.user(), stamp.at());
          products.addListPrice(listed);
        });
  }
}

package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.document.DocumentFile;
import de.opencrm.application.opportunity.OpportunityForm;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.privacy.SubjectAccessService;
import de.opencrm.application.product.PriceListForm;
import de.opencrm.application.product.PriceListService;
import de.opencrm.application.product.ProductCatalogService;
import de.opencrm.application.product.ProductForm;
import de.opencrm.application.quote.LineChange;
import de.opencrm.application.quote.LineItemService;
import de.opencrm.application.quote.LineItems;
import de.opencrm.application.quote.QuoteRequest;
import de.opencrm.application.quote.QuoteRow;
import de.opencrm.application.quote.QuoteService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.Salutation;
import de.opencrm.domain.opportunity.BuyingRole;
import de.opencrm.domain.product.VatRate;
import de.opencrm.integration.disclosure.Disclosure;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Products, price lists, line items and quotes on PostgreSQL: the lines make the opportunity's
 * amount; another price list reprices them in its currency; a quote is a PDF of the lines with VAT
 * per rate, numbered without gaps even when many are made at once, its versions keeping the number.
 */
@ExtendWith(ArquillianExtension.class)
class QuoteIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(QuoteIT.class);
  }

  @Inject ProductCatalogService catalog;
  @Inject PriceListService priceLists;
  @Inject LineItemService lineItems;
  @Inject QuoteService quotes;
  @Inject OpportunityService opportunities;
  @Inject AccountService accounts;
  @Inject ContactService contacts;
  @Inject SubjectAccessService subjects;
  @Resource ManagedExecutorService executor;

  private As admin;
  private As sales;

  @BeforeEach
  void signIn() {
    admin = As.user("admin", "demo");
    sales = As.user("sales", "demo");
  }

  private long product(String sku, String price, VatRate rate) throws Exception {
    ProductForm form = new ProductForm();
    form.setSku(sku);
    form.setName("Artikel " + sku);
    form.setUnit("Stück");
    form.setNetPrice(new BigDecimal(price));
    form.setVatRate(rate);
    return admin.call(() -> catalog.saveProduct(form));
  }

  private long opportunity(String tag, long accountId) throws Exception {
    OpportunityForm form = new OpportunityForm();
    form.setName("Angebot " + tag);
    form.setAccountId(accountId);
    form.setAmount(new BigDecimal("1"));
    form.setExpectedClose(LocalDate.now().plusDays(30));
    return sales.call(() -> opportunities.saveOpportunity(form));
  }

  private long account(String tag) throws Exception {
    AccountForm account = new AccountForm();
    account.setName("Angebotsempfänger " + tag + " GmbH");
    return sales.call(() -> accounts.createAccount(account));
  }

  private QuoteRequest request(Long recipient) {
    QuoteRequest request = new QuoteRequest();
    request.setRecipientId(recipient);
    request.setValidUntil(LocalDate.now().plusDays(30));
    return request;
  }

  private static String pdfText(DocumentFile file) throws Exception {
    try (InputStream content = file.content()) {
      PdfReader reader = new PdfReader(content.readAllBytes());
      return new PdfTextExtractor(reader)
          .getTextFromPage(1)
          .replace('\u00A0', ' ')
          .replaceAll(" +", " ");
    }
  }

  @Test
  void lineItemsMakeTheAmountAndAQuoteIsAPdfOfThemWithVatPerRate() throws Exception {
    String tag = TestData.letterTag();
    long licence = product("LIZ-" + tag, "100.00", VatRate.STANDARD);
    long book = product("BUCH-" + tag, "49.00", VatRate.REDUCED);
    long accountId = account(tag);
    ContactForm person = new ContactForm();
    person.setSalutation(Salutation.MS);
    person.setTitle("Dr.");
    person.setFirstName("Anna");
    person.setLastName("Angebot" + tag);
    person.setAccountId(accountId);
    long personId = sales.call(() -> contacts.createContact(person));
    long opportunityId = opportunity(tag, accountId);

    sales.run(
        () -> {
          lineItems.addLineItem(opportunityId, licence, new BigDecimal("3"), new BigDecimal("10"));
          lineItems.addLineItem(opportunityId, book, new BigDecimal("2"), null);
        });
    LineItems items = sales.call(() -> lineItems.lineItems(opportunityId));
    // 3 × 100 less 10 % = 270, 2 × 49 = 98
    assertThat(items.totals().net()).isEqualByComparingTo("368.00");
    assertThat(items.totals().vatTotal()).as("51.30 + 6.86").isEqualByComparingTo("58.16");
    assertThat(items.totals().gross()).isEqualByComparingTo("426.16");
    assertThat(items.priceListName()).isEqualTo("Standardpreisliste");
    assertThat(sales.call(() -> opportunities.loadOpportunity(opportunityId)).form().getAmount())
        .isEqualByComparingTo("368.00");

    // a changed quantity counts; a stale version is refused
    var first = items.rows().get(0);
    sales.run(
        () ->
            lineItems.changeLineItems(
                opportunityId,
                List.of(
                    new LineChange(
                        first.id(), first.version(), new BigDecimal("4"), new BigDecimal("10")))));
    assertThat(sales.call(() -> opportunities.loadOpportunity(opportunityId)).form().getAmount())
        .isEqualByComparingTo("458.00");
    assertThatThrownBy(
            () ->
                sales.run(
                    () ->
                        lineItems.changeLineItems(
                            opportunityId,
                            List.of(
                                new LineChange(
                                    first.id(), first.version(), BigDecimal.ONE, null)))))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "error.concurrentEdit");

    long quoteId = sales.call(() -> quotes.createQuote(opportunityId, request(personId)));
    QuoteRow quote = sales.call(() -> quotes.quotesOf(opportunityId)).get(0);
    assertThat(quote.id()).isEqualTo(quoteId);
    assertThat(quote.revision()).isEqualTo(1);
    assertThat(quote.number()).matches("AN-\\d{4}-\\d{5}");
    // 360 + 98 net, 68.40 + 6.86 VAT
    assertThat(quote.grossTotal()).isEqualByComparingTo("533.26");
    String text = pdfText(sales.call(() -> quotes.openQuote(quoteId)));
    assertThat(text)
        .contains("Angebotsempfänger " + tag + " GmbH")
        .contains("Frau Dr. Anna Angebot" + tag)
        .contains("Sehr geehrte Frau Dr. Angebot" + tag + ",")
        .contains(quote.number())
        .contains("zzgl. 7 % USt auf 98,00 €")
        .contains("533,26 €");

    // the person's part in the deal is part of what the person may learn about their data
    sales.run(
        () -> opportunities.assignBuyingRole(opportunityId, personId, BuyingRole.DECISION_MAKER));
    Disclosure disclosure = As.user("privacy", "demo").call(() -> subjects.disclose(personId));
    assertThat(disclosure.sections())
        .filteredOn(section -> section.key().equals("buyingRoles"))
        .singleElement()
        .satisfies(
            section ->
                assertThat(section.records())
                    .singleElement()
                    .satisfies(
                        role -> {
                          assertThat(role.get("opportunity")).isEqualTo("Angebot " + tag);
                          assertThat(role.get("buyingRole")).isEqualTo(BuyingRole.DECISION_MAKER);
                        }));

    // the next quote of the opportunity is the next version of the same number
    sales.call(() -> quotes.createQuote(opportunityId, request(null)));
    List<QuoteRow> versions = sales.call(() -> quotes.quotesOf(opportunityId));
    assertThat(versions).extracting(QuoteRow::number).containsOnly(quote.number());
    assertThat(versions).extracting(QuoteRow::revision).containsExactly(2, 1);
  }

  @Test
  void anotherPriceListPricesTheLinesInItsCurrencyAndRefusesWhatItDoesNotSell() throws Exception {
    String tag = TestData.letterTag();
    long licence = product("CHL-" + tag, "1000.00", VatRate.STANDARD);
    long other = product("CHO-" + tag, "10.00", VatRate.STANDARD);
    PriceListForm swiss = new PriceListForm();
    swiss.setName("Schweiz " + tag);
    swiss.setCurrency("CHF");
    long swissId = admin.call(() -> priceLists.savePriceList(swiss));
    admin.run(() -> priceLists.setListPrice(swissId, licence, new BigDecimal("1100.00")));
    long opportunityId = opportunity(tag, account(tag));
    sales.run(() -> lineItems.addLineItem(opportunityId, licence, BigDecimal.ONE, null));

    assertThatThrownBy(
            () -> sales.run(() -> lineItems.choosePriceList(opportunityId, swissId, null)))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "opportunity.rateRequired");
    sales.run(() -> lineItems.choosePriceList(opportunityId, swissId, new BigDecimal("1.05")));
    OpportunityForm priced = sales.call(() -> opportunities.loadOpportunity(opportunityId)).form();
    assertThat(priced.getCurrency()).isEqualTo("CHF");
    assertThat(priced.getAmount()).isEqualByComparingTo("1100.00");
    assertThatThrownBy(
            () ->
                sales.run(() -> lineItems.addLineItem(opportunityId, other, BigDecimal.ONE, null)))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("messageKey", "priceList.noPrice");

    // the amount follows the lines even when the page sends another one
    priced.setAmount(new BigDecimal("5"));
    sales.call(() -> opportunities.saveOpportunity(priced));
    assertThat(sales.call(() -> opportunities.loadOpportunity(opportunityId)).form().getAmount())
        .isEqualByComparingTo("1100.00");
  }

  @Test
  void quotesMadeAtTheSameTimeTakeConsecutiveNumbersAndVersionsOfOneQuoteCountUp()
      throws Exception {
    String tag = TestData.letterTag();
    long licence = product("PAR-" + tag, "500.00", VatRate.STANDARD);
    long accountId = account(tag);
    List<Long> deals = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      long id = opportunity(tag + i, accountId);
      sales.run(() -> lineItems.addLineItem(id, licence, BigDecimal.ONE, null));
      deals.add(id);
    }
    long revised = deals.get(0);

    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> made = new ArrayList<>();
    for (long deal : deals) {
      made.add(
          executor.submit(
              () -> {
                start.await();
                return sales.call(() -> quotes.createQuote(deal, request(null)));
              }));
    }
    for (int i = 0; i < 3; i++) {
      made.add(
          executor.submit(
              () -> {
                start.await();
                return sales.call(() -> quotes.createQuote(revised, request(null)));
              }));
    }
    start.countDown();
    for (Future<Long> quote : made) {
      quote.get();
    }

    List<Long> sequences = new ArrayList<>();
    for (long deal : deals) {
      List<QuoteRow> versions = sales.call(() -> quotes.quotesOf(deal));
      sequences.add(Long.parseLong(versions.get(0).number().substring(8)));
      assertThat(versions).extracting(QuoteRow::number).containsOnly(versions.get(0).number());
    }
    assertThat(sequences).doesNotHaveDuplicates();
    long lowest = sequences.stream().mapToLong(Long::longValue).min().orElseThrow();
    assertThat(sequences).allSatisfy(s -> assertThat(s).isBetween(lowest, lowest + 7));
    assertThat(sales.call(() -> quotes.quotesOf(revised)))
        .extracting(QuoteRow::revision)
        .containsExactly(4, 3, 2, 1);
  }

  @Test
  void onlyAdministratorsKeepTheCatalogueAndOnlySellersQuote() throws Exception {
    ProductForm form = new ProductForm();
    form.setSku("X-" + TestData.letterTag());
    form.setName("Verboten");
    form.setNetPrice(BigDecimal.ONE);
    assertThatThrownBy(() -> sales.run(() -> catalog.saveProduct(form)))
        .isInstanceOf(EJBAccessException.class);
    As marketing = As.user("marketing", "demo");
    assertThatThrownBy(() -> marketing.run(() -> quotes.quotesOf(1L)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> admin.run(() -> catalog.saveProduct(duplicateOf("TP-LIZ"))))
        .isInstanceOf(BusinessException.class)
        .hasFieldOrPropertyWithValue("field", "sku");
  }

  private static ProductForm duplicateOf(String sku) {
    ProductForm form = new ProductForm();
    form.setSku(sku);
    form.setName("Doppelt");
    form.setNetPrice(BigDecimal.TEN);
    return form;
  }
}

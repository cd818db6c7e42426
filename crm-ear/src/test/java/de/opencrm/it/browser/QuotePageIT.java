package de.opencrm.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import de.opencrm.it.browser.page.RecordPage;
import java.nio.file.Files;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Products to quote in Chromium: the administrator adds a product at 7 % to the catalogue and gives
 * it a price of its own on the partner list; a salesperson puts it and a licence at 19 % on a new
 * opportunity with quantity and discount, sees the amount become the lines' net total with VAT per
 * rate, makes a quote, downloads the PDF and finds the address and the total in it; the next quote
 * is version 2 of the same number.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuotePageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static void chooseProduct(Page page, String input, String typed) {
    String id = "#" + input.replace(":", "\\:");
    page.locator(id + "_input").pressSequentially(typed);
    page.locator(id + "_panel .ui-autocomplete-item", new Page.LocatorOptions().setHasText(typed))
        .first()
        .click();
  }

  private static void number(Page page, String id, String value) {
    Locator input = page.locator("#" + id.replace(":", "\\:") + "_input");
    input.fill(value);
    input.blur();
  }

  @Test
  void aSalespersonQuotesLineItemsAndDownloadsThePdf() throws Exception {
    String tag = TestData.letterTag();
    String sku = "KS-" + tag.toUpperCase();
    String product = "Kühlsensor " + tag;

    Page admin = newPage("de-DE");
    LoginPage.open(admin, CRM).logIn("admin", "demo");
    admin.locator("#nav-products").click();
    // the dialog's form is rendered by the button's request: typing before it arrives is
    // overwritten
    admin.waitForResponse(
        r -> r.url().contains("products.xhtml"),
        () -> admin.locator("#listForm\\:newProduct").click());
    expect(admin.locator("#productForm\\:sku")).isVisible();
    // the dialog moves the focus to its first field a moment after it shows: typing before that
    // lands in that field (CI once found the name in the SKU)
    waitForDialogFocus(admin, "productDialog");
    admin.locator("#productForm\\:sku").fill("KS " + tag);
    admin.locator("#productForm\\:name").fill(product);
    admin.locator("#productForm\\:unit").fill("Stück");
    number(admin, "productForm:netPrice", "250");
    admin
        .locator("#productForm\\:vatRate label", new Page.LocatorOptions().setHasText("7 %"))
        .click();
    admin.locator("#productForm\\:save").click();
    expect(admin.locator("#productForm\\:skuMessage")).containsText("keine Leerzeichen");
    admin.locator("#productForm\\:sku").fill(sku);
    admin.locator("#productForm\\:save").click();
    expect(admin.locator("#productDialog")).isHidden();
    admin.locator("#listForm\\:filter").pressSequentially(tag);
    expect(admin.locator("#listForm\\:products_data tr")).hasCount(1);
    expect(admin.locator("#listForm\\:products_data")).containsText("250,00");
    expect(admin.locator("#listForm\\:products_data")).containsText("7 %");

    admin.locator("#listForm\\:toPriceLists").click();
    pickFromMenu(admin, "chooseForm:list", "Partner (EUR)");
    expect(admin.locator("#priceListForm\\:name")).hasValue("Partner");
    chooseProduct(admin, "priceForm:product", sku);
    number(admin, "priceForm:price", "199");
    admin.locator("#priceForm\\:setPrice").click();
    expect(admin.locator("#priceForm\\:prices_data")).containsText(product);
    screenshot(admin, "price-lists");

    long account = accountWithDebtorNumber("D-10001");
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("sales", "demo");
    page.navigate(CRM + "opportunities/opportunity.xhtml?account=" + account);
    page.locator("#opportunityForm\\:name").fill("Kühlkette " + tag);
    number(page, "opportunityForm:amount", "1");
    page.locator("#opportunityForm\\:save").click();
    expect(page.locator("#opportunityOutcome")).hasText("Offen");
    RecordPage deal = new RecordPage(page).tab("quotes");
    expect(page.locator("#quotesForm")).containsText("zuerst Produkte hinzufügen");

    deal.tab("products");
    chooseProduct(page, "linesForm:product", sku);
    number(page, "linesForm:newQuantity", "3");
    number(page, "linesForm:newDiscount", "10");
    page.locator("#linesForm\\:addLine").click();
    expect(page.locator("#linesForm\\:lines_data")).containsText(product);
    chooseProduct(page, "linesForm:product", "TP-LIZ");
    number(page, "linesForm:newQuantity", "2");
    page.locator("#linesForm\\:addLine").click();
    expect(page.locator("#linesForm\\:lines_data tr")).hasCount(2);
    // 3 × 250 less 10 % = 675 at 7 %, 2 × 1,200 = 2,400 at 19 %
    expect(page.locator("#netTotal")).containsText("3.075,00");
    expect(page.locator("#grossTotal")).containsText("3.578,25");
    expect(page.locator("#weightedAmount")).containsText("307,50");
    deal.tab("details");
    expect(deal.value("amount")).containsText("3.075,00");
    deal.edit();
    expect(page.locator("#opportunityForm\\:amountFromLines")).isVisible();
    expect(page.locator("#opportunityForm\\:amount_input")).isDisabled();
    deal = new RecordPage(page).tab("products");

    // a discount changed in the table counts after saving
    number(page, "linesForm:lines:1:discount", "5");
    page.locator("#linesForm\\:saveLines").click();
    expect(page.locator("#netTotal")).containsText("2.955,00");
    screenshot(page, "line-items");

    deal.tab("quotes");
    page.locator("#quotesForm\\:newQuote").click();
    expect(page.locator("#quoteForm\\:validUntil_input")).isVisible();
    page.locator("#quoteForm\\:create").click();
    Locator quoteRow = page.locator("#quotesForm\\:quotes_data tr");
    expect(quoteRow).hasCount(1);
    String number = quoteRow.locator(".crm-quote-number").textContent().strip();
    assertThat(number).matches("AN-\\d{4}-\\d{5}");
    expect(quoteRow).containsText("3.435,45");

    Download pdf = page.waitForDownload(() -> quoteRow.locator("a.crm-quote-download").click());
    assertThat(pdf.suggestedFilename()).isEqualTo("Angebot_" + number + "_V1.pdf");
    PdfReader reader = new PdfReader(Files.readAllBytes(pdf.path()));
    String text =
        new PdfTextExtractor(reader)
            .getTextFromPage(1)
            .replace('\u00A0', ' ')
            .replaceAll(" +", " ");
    assertThat(text)
        .contains("Rheinland Logistik GmbH")
        .contains(number)
        .contains(product)
        .contains("zzgl. 7 % USt auf 675,00 €")
        .contains("Gesamtbetrag 3.435,45 €");

    page.locator("#quotesForm\\:newQuote").click();
    page.locator("#quoteForm\\:create").click();
    expect(quoteRow).hasCount(2);
    expect(quoteRow.first()).containsText(number);
    expect(page.locator("a.crm-quote-download").first())
        .hasAttribute("download", "Angebot_" + number + "_V2.pdf");
    screenshot(page, "quotes");
  }
}

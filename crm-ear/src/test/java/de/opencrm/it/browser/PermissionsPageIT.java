package de.opencrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.browser.page.LoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator reads the permission matrix and narrows what sales sees of the companies; the
 * choice is kept, and a salesperson's company list shows only their own companies until it is
 * widened again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionsPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static Locator row(Page page, String area, String role) {
    return page.locator("#visibilityForm\\:visibilities_data tr")
        .filter(new Locator.FilterOptions().setHasText(area))
        .filter(new Locator.FilterOptions().setHasText(role));
  }

  private static void choose(Page page, String area, String role, String choice) {
    row(page, area, role)
        .locator("label")
        .filter(new Locator.FilterOptions().setHasText(choice))
        .click();
    assertThat(page.locator("#visibilityForm\\:messages"))
        .containsText("Die Sichtbarkeit ist gespeichert");
  }

  @Test
  void theAdministratorReadsTheMatrixAndNarrowsWhatSalesSeesOfTheCompanies() {
    Page admin = newPage("de-DE");
    LoginPage.open(admin, CRM).logIn("admin", "demo");
    admin.locator("#nav-permissions").click();
    Locator matrix = admin.locator("#matrix_data");
    Locator audit =
        matrix.locator("tr").filter(new Locator.FilterOptions().setHasText("Prüfprotokoll"));
    assertThat(audit).containsText("Lesen, Exportieren");
    assertThat(matrix.locator("tr").first()).containsText("Lesen, Anlegen, Ändern, Exportieren");
    screenshot(admin, "permissions");

    try {
      choose(admin, "Firmen", "Vertrieb", "eigene");
      admin.reload();
      assertThat(row(admin, "Firmen", "Vertrieb").locator("input[type=radio][value=OWN]"))
          .isChecked();

      // the demo company of another salesperson is gone from the list, the own one stays
      Page sales = newPage("de-DE");
      LoginPage.open(sales, CRM).logIn("sales2", "demo");
      sales.navigate(CRM + "accounts/list.xhtml");
      Locator list = sales.locator("#listForm\\:accounts_data");
      assertThat(list).containsText("Bäckerei Sonnenschein");
      assertThat(list).not().containsText("Müller Maschinenbau");
    } finally {
      Page again = newPage("de-DE");
      LoginPage.open(again, CRM).logIn("admin", "demo");
      again.navigate(CRM + "admin/permissions.xhtml");
      choose(again, "Firmen", "Vertrieb", "alle");
    }
  }
}

package de.opencrm.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.opencrm.it.CrmDeployment;
import de.opencrm.it.TestData;
import de.opencrm.it.browser.page.LoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator sets up a renewal pipeline from the opportunity list: it starts with the
 * default stages, gets a "Vertragsprüfung" stage moved before "Gewonnen", refuses to lose its last
 * lost stage, shows on the board, and is switched off again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PipelinesPageIT extends BrowserTest {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CrmDeployment.application();
  }

  private static Locator names(Page page) {
    return page.locator("#pipelineForm\\:stages_data .crm-stage-name");
  }

  @Test
  void anAdministratorShapesAPipelineAndSeesItOnTheBoard() {
    String pipeline = "Verlängerung-" + TestData.letterTag();
    Page page = newPage("de-DE");
    LoginPage.open(page, CRM).logIn("admin", "demo");
    page.locator("#nav-opportunities").click();
    page.locator("#listForm\\:configureStages").click();
    expect(names(page)).hasCount(6);

    page.locator("#pipelineForm\\:newPipeline").click();
    waitForDialogFocus(page, "pipelineDialog");
    page.locator("#newPipelineForm\\:nameDe").fill(pipeline);
    page.locator("#newPipelineForm\\:create").click();
    expect(page.locator("#pipelineForm\\:nameDe")).hasValue(pipeline);
    expect(names(page)).hasCount(6);

    page.locator("#pipelineForm\\:newStage").click();
    waitForDialogFocus(page, "stageDialog");
    page.locator("#stageForm\\:nameDe").fill("Vertragsprüfung");
    page.locator("#stageForm\\:nameEn").fill("Contract review");
    page.locator("#stageForm\\:probability_input").fill("90");
    page.locator("#stageForm\\:probability_input").blur();
    chooseFromMenu(page, "stageForm:forecastCategory", "Com", "Commit");
    page.locator("#stageForm\\:save").click();
    expect(names(page)).hasCount(7);
    expect(names(page).nth(6)).hasText("Vertragsprüfung");
    page.locator("#pipelineForm\\:stages\\:6\\:up").click();
    expect(names(page).nth(5)).hasText("Vertragsprüfung");
    page.locator("#pipelineForm\\:stages\\:5\\:up").click();
    expect(names(page).nth(4)).hasText("Vertragsprüfung");
    expect(page.locator("#pipelineForm\\:stages_data tr").nth(4)).containsText("90 %");

    // the last lost stage stays
    page.locator("#pipelineForm\\:stages\\:6\\:delete").click();
    page.locator("#confirm\\:yes").click();
    expect(page.locator(".ui-growl")).containsText("Phase, in der die Verkaufschance verloren ist");
    expect(names(page)).hasCount(7);
    screenshot(page, "pipelines");

    // the board offers it, with the new stage in its place
    page.navigate(CRM + "opportunities/board.xhtml");
    pickFromMenu(page, "boardForm:pipeline", pipeline);
    expect(page.locator(".crm-board-column h2").nth(4)).containsText("Vertragsprüfung");

    // switched off again
    page.navigate(CRM + "admin/pipelines.xhtml");
    pickFromMenu(page, "pipelineForm:pipeline", pipeline);
    expect(page.locator("#pipelineForm\\:nameDe")).hasValue(pipeline);
    expect(page.locator("#pipelineForm\\:active_input")).isChecked();
    page.locator("#pipelineForm\\:active .ui-chkbox-box").click();
    expect(page.locator("#pipelineForm\\:active_input")).not().isChecked();
    page.locator("#pipelineForm\\:savePipeline").click();
    expect(page.locator(".ui-growl")).containsText("gespeichert");
    page.navigate(CRM + "opportunities/board.xhtml");
    expect(page.locator("#boardForm\\:pipeline_input")).not().containsText(pipeline);
  }
}

package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.contact.importing.ImportTemplateService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.importing.ColumnMapping;
import de.opencrm.domain.contact.importing.ImportField;
import de.opencrm.domain.contact.importing.ImportTarget;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Import templates are each importer's own, replaced by name and applied by header. */
@ExtendWith(ArquillianExtension.class)
class ImportTemplateIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ImportTemplateIT.class);
  }

  @Inject ImportTemplateService templates;

  @Test
  void aTemplateIsSavedReplacedAppliedAndKeptFromOthers() throws Exception {
    String name = "Messe " + TestData.letterTag();
    As sales = As.user("sales", "demo");
    List<String> headers = List.of("Firma", "Wer");
    long id =
        sales.call(
            () ->
                templates.saveTemplate(
                    name,
                    ImportTarget.PEOPLE,
                    headers,
                    new ColumnMapping(Arrays.asList(ImportField.COMPANY, ImportField.FIRST_NAME))));
    long again =
        sales.call(
            () ->
                templates.saveTemplate(
                    name,
                    ImportTarget.PEOPLE,
                    headers,
                    new ColumnMapping(Arrays.asList(ImportField.COMPANY, ImportField.LAST_NAME))));
    assertThat(again).isEqualTo(id);
    assertThat(sales.call(() -> templates.applyTemplate(id, List.of("Wer", "Firma"))).fields())
        .containsExactly(ImportField.LAST_NAME, ImportField.COMPANY);
    assertThat(As.user("sales2", "demo").call(() -> templates.myTemplates(ImportTarget.PEOPLE)))
        .noneMatch(t -> t.name().equals(name));
    assertThatThrownBy(
            () -> As.user("sales2", "demo").call(() -> templates.applyTemplate(id, headers)))
        .isInstanceOf(BusinessException.class);
    sales.run(() -> templates.deleteTemplate(id));
    assertThat(sales.call(() -> templates.myTemplates(ImportTarget.PEOPLE)))
        .noneMatch(t -> t.id() == id);
  }
}

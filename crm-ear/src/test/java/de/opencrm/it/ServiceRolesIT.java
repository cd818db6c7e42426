package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.account.AccountService;
import de.opencrm.application.activity.JournalService;
import de.opencrm.application.activity.TaskService;
import de.opencrm.application.admin.PermissionService;
import de.opencrm.application.admin.TeamAdministrationService;
import de.opencrm.application.admin.UserAdministrationService;
import de.opencrm.application.admin.UserForm;
import de.opencrm.application.audit.AuditService;
import de.opencrm.application.contact.ContactCardService;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.contact.importing.ContactImportService;
import de.opencrm.application.contact.importing.ImportTemplateService;
import de.opencrm.application.customfield.CustomFieldService;
import de.opencrm.application.document.DocumentService;
import de.opencrm.application.duplicate.AccountMergeService;
import de.opencrm.application.duplicate.ContactMergeService;
import de.opencrm.application.duplicate.DuplicateScanService;
import de.opencrm.application.duplicate.DuplicateService;
import de.opencrm.application.erp.ErpDebtorService;
import de.opencrm.application.erp.ErpExportService;
import de.opencrm.application.erp.ErpFinishService;
import de.opencrm.application.erp.ErpLedgerService;
import de.opencrm.application.erp.ErpNightService;
import de.opencrm.application.erp.ErpReceiveService;
import de.opencrm.application.erp.ErpRecordLogService;
import de.opencrm.application.erp.ErpRunService;
import de.opencrm.application.forecast.ForecastService;
import de.opencrm.application.knowledge.KnowledgeService;
import de.opencrm.application.lead.LeadService;
import de.opencrm.application.lead.capture.LeadWebhookService;
import de.opencrm.application.lead.capture.WebFormService;
import de.opencrm.application.lead.capture.WebLeadCaptureService;
import de.opencrm.application.lead.conversion.LeadConversionService;
import de.opencrm.application.lead.prediction.LeadPredictionService;
import de.opencrm.application.lead.routing.LeadRoutingService;
import de.opencrm.application.lead.routing.RoutingRulesService;
import de.opencrm.application.lead.scoring.LeadScoringService;
import de.opencrm.application.opportunity.OpportunityService;
import de.opencrm.application.opportunity.PipelineAdministrationService;
import de.opencrm.application.privacy.ConsentService;
import de.opencrm.application.privacy.ErasureService;
import de.opencrm.application.privacy.ProcessingRegisterService;
import de.opencrm.application.privacy.RetentionService;
import de.opencrm.application.privacy.SubjectAccessService;
import de.opencrm.application.product.PriceListService;
import de.opencrm.application.product.ProductCatalogService;
import de.opencrm.application.quote.LineItemService;
import de.opencrm.application.quote.QuoteService;
import de.opencrm.application.search.SearchService;
import de.opencrm.application.ticket.SlaEscalationService;
import de.opencrm.application.ticket.TicketAssignmentService;
import de.opencrm.application.ticket.TicketService;
import de.opencrm.application.ticket.admin.ServiceSetupService;
import de.opencrm.application.ticket.mail.MailIntakeService;
import de.opencrm.application.ticket.mail.TicketReplyService;
import de.opencrm.application.ticket.report.ServiceFiguresService;
import de.opencrm.batch.erp.ErpJobs;
import de.opencrm.batch.erp.ErpMonitor;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.PermissionMatrix;
import de.opencrm.domain.admin.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role against every service method that names its cell of the permission matrix, through the
 * container's real security: a role outside the cell is refused with EJBAccessException, a role
 * inside gets past the container (whatever the method then says to empty arguments). Each call runs
 * in a transaction that is rolled back.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRolesIT {

  private static final List<Class<?>> SERVICES =
      List.of(
          AccountService.class,
          ContactService.class,
          ContactCardService.class,
          ContactImportService.class,
          ImportTemplateService.class,
          AccountMergeService.class,
          ContactMergeService.class,
          DuplicateService.class,
          DuplicateScanService.class,
          JournalService.class,
          TaskService.class,
          DocumentService.class,
          SearchService.class,
          AuditService.class,
          UserAdministrationService.class,
          TeamAdministrationService.class,
          CustomFieldService.class,
          PermissionService.class,
          ConsentService.class,
          SubjectAccessService.class,
          ErasureService.class,
          ProcessingRegisterService.class,
          RetentionService.class,
          LeadService.class,
          LeadRoutingService.class,
          RoutingRulesService.class,
          LeadScoringService.class,
          LeadConversionService.class,
          WebFormService.class,
          LeadPredictionService.class,
          LeadWebhookService.class,
          WebLeadCaptureService.class,
          OpportunityService.class,
          PipelineAdministrationService.class,
          ForecastService.class,
          ProductCatalogService.class,
          PriceListService.class,
          LineItemService.class,
          QuoteService.class,
          TicketService.class,
          TicketAssignmentService.class,
          SlaEscalationService.class,
          ServiceSetupService.class,
          MailIntakeService.class,
          TicketReplyService.class,
          KnowledgeService.class,
          ServiceFiguresService.class,
          ErpReceiveService.class,
          ErpDebtorService.class,
          ErpLedgerService.class,
          ErpRecordLogService.class,
          ErpFinishService.class,
          ErpExportService.class,
          ErpNightService.class,
          ErpRunService.class,
          ErpJobs.class,
          ErpMonitor.class);

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(ServiceRolesIT.class);
  }

  @Inject UserTransaction transaction;
  @Inject UserAdministrationService users;

  /** One user per role: the demo users, and an integration account made for the test. */
  private Map<Role, As> oneUserPerRole() throws Exception {
    Map<Role, As> users = new EnumMap<>(Role.class);
    users.put(Role.SALES, As.user("sales", "demo"));
    users.put(Role.MANAGER, As.user("manager", "demo"));
    users.put(Role.SERVICE, As.user("service", "demo"));
    users.put(Role.MARKETING, As.user("marketing", "demo"));
    users.put(Role.ADMIN, As.user("admin", "demo"));
    users.put(Role.AUDITOR, As.user("auditor", "demo"));
    users.put(Role.PRIVACY, As.user("privacy", "demo"));
    String name = "it-api-" + TestData.letterTag();
    UserForm form = new UserForm();
    form.setUsername(name);
    form.setDisplayName("Schnittstelle Webseite");
    form.setEmail(name + "@example.com");
    form.setRoles(List.of(Role.INTEGRATION));
    form.setInitialPassword("Schnittstelle-2026-web");
    users.get(Role.ADMIN).call(() -> this.users.createUser(form));
    users.put(Role.INTEGRATION, As.user(name, "Schnittstelle-2026-web"));
    return users;
  }

  @Test
  void everyRoleIsAllowedExactlyWhatTheMatrixGrants() throws Exception {
    Map<Role, As> users = oneUserPerRole();
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Class<?> type : SERVICES) {
      Object service = CDI.current().select(type).get();
      for (Method method : type.getDeclaredMethods()) {
        Permission permission =
            method.isAnnotationPresent(Permission.class)
                ? method.getAnnotation(Permission.class)
                : type.getAnnotation(Permission.class);
        if (permission == null
            || !Modifier.isPublic(method.getModifiers())
            || method.isSynthetic()
            || method.isAnnotationPresent(PermitAll.class)
            || method.isAnnotationPresent(Asynchronous.class)) {
          continue;
        }
        for (Map.Entry<Role, As> user : users.entrySet()) {
          boolean granted =
              PermissionMatrix.allows(user.getKey(), permission.area(), permission.operation());
          boolean refused = refused(user.getValue(), service, method);
          calls++;
          if (granted == refused) {
            wrong.add(
                type.getSimpleName()
                    + "."
                    + method.getName()
                    + " as "
                    + user.getKey()
                    + (refused ? " refused" : " allowed"));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(calls).isGreaterThan(50 * users.size());
  }

  /** Whether the container refused the call: empty arguments, rolled back whatever happened. */
  private boolean refused(As user, Object service, Method method) throws Exception {
    Object[] arguments = new Object[method.getParameterCount()];
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      arguments[i] = empty(types[i]);
    }
    transaction.begin();
    try {
      user.call(() -> method.invoke(service, arguments));
      return false;
    } catch (InvocationTargetException e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof EJBAccessException) {
          return true;
        }
      }
      return false;
    } finally {
      transaction.rollback();
    }
  }

  private static Object empty(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == int.class) {
      return 0;
    }
    if (type.isPrimitive()) {
      throw new IllegalArgumentException("no empty value for " + type);
    }
    return null;
  }
}

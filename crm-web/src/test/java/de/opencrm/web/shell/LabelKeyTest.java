package de.opencrm.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.opencrm.application.contact.importing.MatchKey;
import de.opencrm.application.lead.routing.RuleForm;
import de.opencrm.domain.account.CompanySize;
import de.opencrm.domain.account.CustomerTier;
import de.opencrm.domain.activity.ActivityType;
import de.opencrm.domain.activity.TaskPriority;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.admin.Visibility;
import de.opencrm.domain.audit.AuditAction;
import de.opencrm.domain.audit.AuditChainCheck;
import de.opencrm.domain.audit.AuditChannel;
import de.opencrm.domain.common.AuditedEntity;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ChannelKind;
import de.opencrm.domain.contact.Salutation;
import de.opencrm.domain.contact.UncheckedKind;
import de.opencrm.domain.contact.importing.ImportField;
import de.opencrm.domain.customfield.CustomFieldType;
import de.opencrm.domain.duplicate.AccountField;
import de.opencrm.domain.duplicate.ContactField;
import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.domain.knowledge.ArticleStatus;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.LeadStatus;
import de.opencrm.domain.lead.StatusReason;
import de.opencrm.domain.lead.routing.CandidateVerdict;
import de.opencrm.domain.lead.routing.Distribution;
import de.opencrm.domain.lead.scoring.ScoreCriterion;
import de.opencrm.domain.opportunity.BuyingRole;
import de.opencrm.domain.opportunity.ForecastCategory;
import de.opencrm.domain.opportunity.StageOutcome;
import de.opencrm.domain.privacy.ConsentChannel;
import de.opencrm.domain.privacy.ConsentPurpose;
import de.opencrm.domain.privacy.ConsentSource;
import de.opencrm.domain.privacy.LegalBasis;
import de.opencrm.domain.privacy.RetentionCandidate;
import de.opencrm.domain.privacy.RetentionRule;
import de.opencrm.domain.privacy.RetentionRun;
import de.opencrm.domain.ticket.DeliveryStatus;
import de.opencrm.domain.ticket.MessageKind;
import de.opencrm.domain.ticket.TicketChannel;
import de.opencrm.domain.ticket.TicketPriority;
import de.opencrm.domain.ticket.TicketStatus;
import de.opencrm.domain.ticket.assignment.AssignmentPolicy;
import de.opencrm.domain.ticket.mail.IntakeOutcome;
import de.opencrm.domain.ticket.sla.GermanHolidays;
import de.opencrm.domain.ticket.sla.SlaState;
import de.opencrm.domain.timeline.TimelineEntry;
import de.opencrm.domain.timeline.TimelineKind;
import de.opencrm.integration.erp.ErpFileCheck;
import de.opencrm.web.audit.AuditJournalView;
import de.opencrm.web.timeline.TimelineView;
import jakarta.batch.runtime.BatchStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label a page builds from a value (a status, an enum, a record type: {@code
 * msg['leadStatus.'.concat(s)]}) exists in both bundles for every value that value can take. A page
 * that builds a label under a new prefix fails here until the prefix says where its values come
 * from, so a new enum constant or record type cannot show as {@code ???key???}.
 */
class LabelKeyTest {

  private static final Pattern BUILT_KEY =
      Pattern.compile("msg\\['([a-zA-Z0-9.]+\\.)'\\s*(?:\\.concat\\(|\\+=)");

  /** Each prefix a page builds labels under, and every value it is followed by. */
  private static final Map<String, Collection<String>> VALUES =
      Map.ofEntries(
          Map.entry("activity.type.", names(ActivityType.values())),
          Map.entry("area.", names(Area.values())),
          Map.entry("articleStatus.", names(ArticleStatus.values())),
          Map.entry("audit.action.", names(AuditAction.values())),
          Map.entry("audit.channel.", names(AuditChannel.values())),
          Map.entry("audit.problem.", names(AuditChainCheck.Problem.values())),
          Map.entry("audit.type.", auditedRecordTypes()),
          Map.entry("buyingRole.", names(BuyingRole.values())),
          Map.entry("channel.", names(ChannelKind.values())),
          Map.entry("companySize.", names(CompanySize.values())),
          Map.entry("consent.channel.", names(ConsentChannel.values())),
          Map.entry("consent.legalBasis.", names(LegalBasis.values())),
          Map.entry("consent.purpose.", names(ConsentPurpose.values())),
          Map.entry("consent.source.", names(ConsentSource.values())),
          Map.entry("customField.type.", names(CustomFieldType.values())),
          Map.entry("customFields.kind.", names(RecordRef.Kind.values())),
          Map.entry("customerTier.", names(CustomerTier.values())),
          Map.entry("delivery.", names(DeliveryStatus.values())),
          Map.entry("distribution.", names(Distribution.values())),
          Map.entry("erp.batchStatus.", names(BatchStatus.values())),
          Map.entry("erp.code.", names(ErpFileCheck.Code.values())),
          Map.entry("erp.discrepancyKind.", names(ErpDiscrepancy.Kind.values())),
          Map.entry("erp.discrepancyStatus.", names(ErpDiscrepancy.Status.values())),
          Map.entry("erp.fileKind.", names(de.opencrm.integration.erp.ErpKind.values())),
          Map.entry("erp.fileStatus.", names(ErpFile.Status.values())),
          Map.entry("erp.review.reject.", names(ErpDiscrepancy.Kind.values())),
          Map.entry("forecast.monthName.", numbers(1, 12)),
          Map.entry("forecastCategory.", names(ForecastCategory.values())),
          Map.entry("import.field.", names(ImportField.values())),
          Map.entry("import.key.", names(MatchKey.values())),
          Map.entry("intakeOutcome.", names(IntakeOutcome.values())),
          Map.entry("leadSource.", names(LeadSource.values())),
          Map.entry("leadStatus.", names(LeadStatus.values())),
          Map.entry(
              "merge.field.", merged(names(ContactField.values()), names(AccountField.values()))),
          Map.entry("messageKind.", names(MessageKind.values())),
          Map.entry("operation.", names(Operation.values())),
          Map.entry("queuePolicy.", names(AssignmentPolicy.values())),
          Map.entry("retention.kind.", names(RetentionRule.Kind.values())),
          Map.entry("retention.kindHint.", names(RetentionRule.Kind.values())),
          Map.entry("retention.outcome.", names(RetentionCandidate.Outcome.values())),
          Map.entry("retention.status.", names(RetentionRun.Status.values())),
          Map.entry("role.", names(Role.values())),
          Map.entry("routing.outcome.", names(CandidateVerdict.Outcome.values())),
          Map.entry("routing.target.", names(RuleForm.Target.values())),
          Map.entry("salutation.", names(Salutation.values())),
          Map.entry("scoreCriterion.", names(ScoreCriterion.values())),
          Map.entry("search.kind.", names(RecordRef.Kind.values())),
          Map.entry("slaState.", names(SlaState.values())),
          Map.entry(
              "state.",
              GermanHolidays.STATES.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList()),
          Map.entry("stageOutcome.", names(StageOutcome.values())),
          Map.entry("statusReason.", names(StatusReason.values())),
          Map.entry("survey.csat.", numbers(1, 5)),
          Map.entry("task.priority.", names(TaskPriority.values())),
          Map.entry("ticketChannel.", names(TicketChannel.values())),
          Map.entry("ticketPriority.", names(TicketPriority.values())),
          Map.entry("ticketStatus.", names(TicketStatus.values())),
          Map.entry("timeline.kind.", names(TimelineKind.values())),
          Map.entry("unchecked.kind.", names(UncheckedKind.values())),
          Map.entry("visibility.", names(Visibility.values())));

  /**
   * Prefixes whose values are a fixed set named in the page or the view itself (the forecast's
   * groups, the ERP job's steps, the disclosure's sections, the retention's record types, the ERP
   * fields of a discrepancy): their keys are checked by the walk-through, which shows each of them.
   */
  private static final List<String> NAMED_IN_THE_PAGE =
      List.of("forecast.", "erp.step.", "disclosure.section.", "retention.type.", "erp.fieldName.");

  @Test
  void everyValueAPageBuildsALabelFromHasItInBothLanguages() throws IOException {
    Properties de = load("messages_de.properties");
    Properties en = load("messages.properties");
    List<String> missing = new ArrayList<>();
    for (String prefix : builtPrefixes()) {
      if (NAMED_IN_THE_PAGE.contains(prefix)) {
        continue;
      }
      assertThat(VALUES).as("where the values of " + prefix + "* come from").containsKey(prefix);
      for (String value : VALUES.get(prefix)) {
        for (Properties bundle : List.of(de, en)) {
          if (bundle.getProperty(prefix + value) == null) {
            missing.add((bundle == de ? "de: " : "en: ") + prefix + value);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyStateATimelineShowsHasALabelInBothLanguages() throws IOException {
    Properties de = load("messages_de.properties");
    Properties en = load("messages.properties");
    Map<TimelineKind, List<String>> states =
        Map.of(
            TimelineKind.JOURNAL, names(ActivityType.values()),
            TimelineKind.TASK, List.of("OPEN", "DONE"),
            TimelineKind.TICKET, names(TicketStatus.values()),
            TimelineKind.MAIL, List.of("INBOUND_EMAIL", "OUTBOUND_EMAIL"),
            TimelineKind.STAGE, List.of("CREATED", "MOVED"),
            TimelineKind.LEAD, names(LeadSource.values()));
    assertThat(states).containsOnlyKeys(TimelineKind.values());
    List<String> missing = new ArrayList<>();
    states.forEach(
        (kind, values) ->
            values.forEach(
                state -> {
                  String key =
                      TimelineView.stateKey(
                          new TimelineEntry(
                              kind, 1, Instant.EPOCH, state, "t", null, null, null, null));
                  for (Properties bundle : List.of(de, en)) {
                    if (bundle.getProperty(key) == null) {
                      missing.add(key);
                    }
                  }
                }));
    assertThat(missing).isEmpty();
  }

  @Test
  void theAuditJournalOffersEveryAuditedRecordType() {
    assertThat(AuditJournalView.RECORD_TYPES).containsAll(auditedRecordTypes());
  }

  private static TreeSet<String> builtPrefixes() throws IOException {
    TreeSet<String> prefixes = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        BUILT_KEY.matcher(Files.readString(page)).results().forEach(m -> prefixes.add(m.group(1)));
      }
    }
    return prefixes;
  }

  /**
   * The record types the audit journal names: every entity of the persistence unit that reports its
   * changes ({@link AuditedEntity}).
   */
  private static List<String> auditedRecordTypes() {
    try (InputStream in =
        LabelKeyTest.class.getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Pattern.compile("<class>([^<]+)</class>")
          .matcher(xml)
          .results()
          .map(m -> type(m.group(1)))
          .filter(
              type ->
                  AuditedEntity.class.isAssignableFrom(type)
                      && !Modifier.isAbstract(type.getModifiers()))
          .map(Class::getSimpleName)
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<String> numbers(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
  }

  private static List<String> merged(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = LabelKeyTest.class.getResourceAsStream("/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}

package de.opencrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.application.account.AccountForm;
import de.opencrm.application.account.AccountService;
import de.opencrm.application.contact.ContactForm;
import de.opencrm.application.contact.ContactService;
import de.opencrm.application.customfield.CustomEntry;
import de.opencrm.application.customfield.CustomFieldForm;
import de.opencrm.application.customfield.CustomFieldService;
import de.opencrm.domain.account.AccountRow;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.contact.ContactRow;
import de.opencrm.domain.customfield.CustomFieldType;
import de.opencrm.domain.customfield.CustomFilter;
import de.opencrm.integration.export.ExportFormat;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Custom fields on PostgreSQL: defined by administrators only, checked on save, kept with the
 * record, shown in lists, filtered by in SQL (text, choice, yes/no, number and date ranges) and
 * written to exports; a used field keeps its type and is deactivated, not removed.
 */
@ExtendWith(ArquillianExtension.class)
class CustomFieldIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return CrmDeployment.withTests(CustomFieldIT.class);
  }

  @Inject AccountService accounts;
  @Inject ContactService contacts;
  @Inject CustomFieldService fields;

  /** Fields this test defined; deactivated afterwards so other tests' forms do not show them. */
  private final List<Long> defined = new ArrayList<>();

  private static As as(String user) {
    return As.user(user, "demo");
  }

  @AfterEach
  void deactivateDefinedFields() throws Exception {
    for (long id : defined) {
      as("admin")
          .run(
              () -> {
                CustomFieldForm form = fields.loadField(id);
                form.setActive(false);
                form.setRequired(false);
                fields.saveField(form);
              });
    }
  }

  private long define(
      RecordRef.Kind kind,
      String label,
      CustomFieldType type,
      java.util.function.Consumer<CustomFieldForm> rules)
      throws Exception {
    CustomFieldForm form = new CustomFieldForm();
    form.setRecordKind(kind);
    form.setLabelDe(label);
    form.setLabelEn(label + " (en)");
    form.setType(type);
    form.setListed(true);
    rules.accept(form);
    long id = as("admin").call(() -> fields.saveField(form));
    defined.add(id);
    return id;
  }

  private static CustomEntry entry(AccountForm form, long fieldId) {
    return form.getCustom().stream()
        .filter(e -> e.getField().id() == fieldId)
        .findFirst()
        .orElseThrow();
  }

  private static PageRequest byField(long fieldId, String value, String word) {
    return new PageRequest(
        0,
        50,
        "name",
        true,
        word,
        Map.of(CustomFilter.FIELD, "" + fieldId, CustomFilter.VALUE, value));
  }

  @Test
  void valuesAreCheckedKeptListedFilteredAndExported() throws Exception {
    String word = TestData.letterTag();
    long region =
        define(
            RecordRef.Kind.ACCOUNT,
            "Region " + word,
            CustomFieldType.CHOICE,
            f -> f.setChoices("Nord\nSüd\n  \nWest"));
    long volume =
        define(
            RecordRef.Kind.ACCOUNT,
            "Volumen " + word,
            CustomFieldType.NUMBER,
            f -> {
              f.setMinValue(BigDecimal.ZERO);
              f.setMaxValue(new BigDecimal("1000000"));
            });
    long since =
        define(RecordRef.Kind.ACCOUNT, "Kunde seit " + word, CustomFieldType.DATE, f -> {});
    long key =
        define(RecordRef.Kind.ACCOUNT, "Schlüsselkunde " + word, CustomFieldType.YES_NO, f -> {});
    long note =
        define(
            RecordRef.Kind.ACCOUNT,
            "Hinweis " + word,
            CustomFieldType.TEXT,
            f -> {
              f.setMaxLength(20);
              f.setRequired(true);
            });

    AccountForm form = as("sales").call(() -> accounts.newAccount());
    assertThat(form.getCustom())
        .extracting(e -> e.getField().id())
        .contains(region, volume, since, key, note);
    form.setName("Zusatz Nord GmbH " + word);
    entry(form, region).setText("Nord");
    entry(form, volume).setNumber(new BigDecimal("25000.50"));
    entry(form, since).setDate(LocalDate.of(2019, 4, 1));
    entry(form, key).setFlag(true);
    entry(form, note).setText("Rahmenvertrag");
    long nord = as("sales").call(() -> accounts.createAccount(form));

    AccountForm south = as("sales").call(() -> accounts.newAccount());
    south.setName("Zusatz Süd GmbH " + word);
    entry(south, region).setText("Süd");
    entry(south, volume).setNumber(new BigDecimal("900"));
    entry(south, key).setFlag(false);
    assertThatThrownBy(() -> as("sales").call(() -> accounts.createAccount(south)))
        .isInstanceOf(BusinessException.class)
        .satisfies(
            e ->
                assertThat(((BusinessException) e).getMessageKey())
                    .isEqualTo("customField.missing"))
        .satisfies(
            e ->
                assertThat(((BusinessException) e).getField())
                    .startsWith("custom:")
                    .endsWith(":text"));
    entry(south, note).setText("viel zu lang für zwanzig Zeichen");
    assertThatThrownBy(() -> as("sales").call(() -> accounts.createAccount(south)))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("customField.tooLong");
    entry(south, note).setText("kurz");
    entry(south, volume).setNumber(new BigDecimal("-1"));
    assertThatThrownBy(() -> as("sales").call(() -> accounts.createAccount(south)))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("customField.belowMin");
    entry(south, volume).setNumber(new BigDecimal("900"));
    entry(south, region).setText("Ost");
    assertThatThrownBy(() -> as("sales").call(() -> accounts.createAccount(south)))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("customField.unknownChoice");
    entry(south, region).setText("Süd");
    long sued = as("sales").call(() -> accounts.createAccount(south));

    AccountForm loaded = as("service").call(() -> accounts.loadAccount(nord));
    assertThat(entry(loaded, volume).getNumber()).isEqualByComparingTo("25000.5");
    assertThat(entry(loaded, since).getDate()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(entry(loaded, key).getFlag()).isTrue();
    assertThat(entry(loaded, region).getText()).isEqualTo("Nord");

    assertThat(list(byField(region, "Süd", word))).containsExactly(sued);
    assertThat(list(byField(key, "true", word))).containsExactly(nord);
    assertThat(list(byField(key, "false", word))).containsExactly(sued);
    assertThat(list(byField(volume, "1000..", word))).containsExactly(nord);
    assertThat(list(byField(volume, "..1000", word))).containsExactly(sued);
    assertThat(list(byField(since, "2019-01-01..2019-12-31", word))).containsExactly(nord);
    assertThat(list(byField(note, "RAHMEN", word))).containsExactly(nord);
    assertThat(as("sales").call(() -> accounts.countAccounts(byField(note, "kur", word))))
        .isEqualTo(1);
    AccountRow row =
        as("sales").call(() -> accounts.listAccounts(byField(region, "Nord", word))).rows().get(0);
    assertThat(row.custom().get(region).getText()).isEqualTo("Nord");

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    as("marketing")
        .call(
            () ->
                accounts.exportAccounts(
                    byField(region, "Nord", word),
                    ExportFormat.CSV,
                    List.of("Name", "PLZ", "Ort", "ERP", "Betreuer", "Schlagwörter"),
                    Locale.GERMAN,
                    csv));
    String text = csv.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Region " + word)
        .contains("Volumen " + word)
        .contains("Zusatz Nord GmbH " + word);
    assertThat(text)
        .contains("25000,5")
        .contains("2019-04-01")
        .contains(";ja;")
        .contains("Rahmenvertrag");
    assertThat(text).doesNotContain("Zusatz Süd");

    // emptying a value removes it; an unchanged value of a removed choice is kept
    CustomFieldForm regionForm = as("admin").call(() -> fields.loadField(region));
    regionForm.setChoices("Süd\nWest");
    as("admin").run(() -> fields.saveField(regionForm));
    AccountForm edit = as("sales").call(() -> accounts.loadAccount(nord));
    entry(edit, since).setDate(null);
    as("sales").run(() -> accounts.updateAccount(edit));
    AccountForm after = as("sales").call(() -> accounts.loadAccount(nord));
    assertThat(entry(after, since).getDate()).isNull();
    assertThat(entry(after, region).getText()).isEqualTo("Nord");
    assertThat(entry(after, region).getOptions()).containsExactly("Süd", "West", "Nord");
  }

  private List<Long> list(PageRequest request) throws Exception {
    return as("sales").call(() -> accounts.listAccounts(request)).rows().stream()
        .map(AccountRow::id)
        .toList();
  }

  @Test
  void onlyAdministratorsDefineFieldsAndUsedFieldsKeepTheirType() throws Exception {
    String word = TestData.letterTag();
    CustomFieldForm form = new CustomFieldForm();
    form.setRecordKind(RecordRef.Kind.CONTACT);
    form.setLabelDe("Geheim " + word);
    form.setLabelEn("Secret");
    assertThatThrownBy(() -> as("sales").call(() -> fields.saveField(form)))
        .isInstanceOf(EJBAccessException.class);

    long hobby = define(RecordRef.Kind.CONTACT, "Hobby " + word, CustomFieldType.TEXT, f -> {});
    assertThat(as("admin").call(() -> fields.loadField(hobby)).getFieldKey()).startsWith("hobby_");
    CustomFieldForm twin = new CustomFieldForm();
    twin.setRecordKind(RecordRef.Kind.CONTACT);
    twin.setLabelDe("Hobby " + word);
    twin.setLabelEn("Hobby");
    assertThatThrownBy(() -> as("admin").call(() -> fields.saveField(twin)))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("customField.keyTaken");

    ContactForm person = as("sales").call(() -> contacts.newContact(null));
    person.setLastName("Feldmann" + word);
    person.getCustom().stream()
        .filter(e -> e.getField().id() == hobby)
        .findFirst()
        .orElseThrow()
        .setText("Segeln");
    long id = as("sales").call(() -> contacts.createContact(person));
    List<ContactRow> rows =
        as("sales")
            .call(
                () ->
                    contacts.listContacts(
                        new PageRequest(
                            0,
                            50,
                            "name",
                            true,
                            null,
                            Map.of(CustomFilter.FIELD, "" + hobby, CustomFilter.VALUE, "segel")),
                        null))
            .rows();
    assertThat(rows).extracting(ContactRow::id).containsExactly(id);
    assertThat(
            as("sales")
                .call(
                    () ->
                        contacts.countContacts(
                            new PageRequest(
                                0,
                                50,
                                "name",
                                true,
                                null,
                                Map.of(
                                    CustomFilter.FIELD, "" + hobby, CustomFilter.VALUE, "segel")),
                            null)))
        .isEqualTo(1);

    CustomFieldForm retype = as("admin").call(() -> fields.loadField(hobby));
    retype.setType(CustomFieldType.NUMBER);
    assertThatThrownBy(() -> as("admin").call(() -> fields.saveField(retype)))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("customField.typeInUse");
    assertThatThrownBy(() -> as("admin").run(() -> fields.deleteField(hobby)))
        .extracting(e -> ((BusinessException) e).getMessageKey())
        .isEqualTo("customField.inUse");

    long unused = define(RecordRef.Kind.CONTACT, "Leer " + word, CustomFieldType.DATE, f -> {});
    as("admin").run(() -> fields.deleteField(unused));
    defined.remove(Long.valueOf(unused));
    assertThat(as("admin").call(() -> fields.allFields(RecordRef.Kind.CONTACT)))
        .extracting(f -> f.id())
        .contains(hobby)
        .doesNotContain(unused);
  }
}

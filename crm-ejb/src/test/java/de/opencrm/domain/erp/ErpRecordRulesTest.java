package de.opencrm.domain.erp;

import static de.opencrm.domain.erp.ErpTestRecords.germanVatId;
import static de.opencrm.domain.erp.ErpTestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.integration.erp.ErpFileCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The contract's field rules, which hold CSV to what the schema holds XML: what a record must
 * carry, how amounts, dates, flags and VAT IDs are read, and the message a refused record gets.
 */
class ErpRecordRulesTest {

  @Test
  void aDebtorIsReadWithItsNormalizedVatIdAndAmount() {
    String vat = germanVatId("12345678");
    ErpDebtor debtor =
        ErpDebtor.of(
            record(
                "debtorNumber", "10001",
                "name", "Nordlicht GmbH",
                "vatId", vat.substring(0, 5) + " " + vat.substring(5),
                "country", "DE",
                "creditLimit", "25000.5",
                "blocked", "1"));
    assertThat(debtor.vatId()).isEqualTo(vat);
    assertThat(debtor.creditLimit()).isEqualTo(new BigDecimal("25000.50"));
    assertThat(debtor.blocked()).isTrue();
    assertThat(debtor.hasAddress()).isFalse();
    assertThat(debtor.crmId()).isNull();
    assertThat(
            ErpDebtor.of(record("debtorNumber", "10002", "name", "Neu GmbH", "crmId", "4711"))
                .crmId())
        .isEqualTo(4711L);
    assertThatThrownBy(
            () -> ErpDebtor.of(record("debtorNumber", "1", "name", "A", "crmId", "A-17")))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("crmId"));
  }

  @Test
  void aDebtorWithoutNameOrWithABadValueIsRefusedWithTheField() {
    assertThatThrownBy(() -> ErpDebtor.of(record("debtorNumber", "1")))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErpFileCheck.Code.INVALID);
              assertThat(e.detail()).contains("name");
            });
    assertThatThrownBy(() -> ErpDebtor.of(record("debtorNumber", "1", "name", "A", "vatId", "DE1")))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("vatId"));
    assertThatThrownBy(
            () -> ErpDebtor.of(record("debtorNumber", "1", "name", "A", "creditLimit", "-5")))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("negative"));
    assertThatThrownBy(
            () -> ErpDebtor.of(record("debtorNumber", "1", "name", "A", "creditLimit", "1,5")))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("decimal point"));
    assertThatThrownBy(
            () -> ErpDebtor.of(record("debtorNumber", "1", "name", "A", "creditLimit", "1.555")))
        .isInstanceOf(ErpRecordInvalid.class);
  }

  @Test
  void aDebtorsFingerprintChangesWithEveryFieldTheErpOwns() {
    ErpDebtor one = ErpTestRecords.debtor("1", "A GmbH", null, "Weg 1", "50667");
    ErpDebtor same = ErpTestRecords.debtor("1", "A GmbH", null, "Weg 1", "50667");
    ErpDebtor moved = ErpTestRecords.debtor("1", "A GmbH", null, "Weg 2", "50667");
    assertThat(one.hash()).isEqualTo(same.hash()).isNotEqualTo(moved.hash());
  }

  @Test
  void anInvoiceInEurosCountsItsNetAnotherCurrencyTheBookedEuros() {
    ErpInvoice eur =
        ErpInvoice.of(
            record(
                "invoiceNumber",
                "R1",
                "debtorNumber",
                "1",
                "invoiceDate",
                "2026-03-01",
                "net",
                "100",
                "gross",
                "119",
                "currency",
                "EUR",
                "status",
                "paid"));
    assertThat(eur.netEur()).isEqualTo(new BigDecimal("100.00"));
    assertThat(eur.status()).isEqualTo(ErpInvoice.Status.PAID);
    assertThat(eur.invoiceDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    ErpInvoice chf =
        ErpInvoice.of(
            record(
                "invoiceNumber",
                "R2",
                "debtorNumber",
                "1",
                "invoiceDate",
                "2026-03-01",
                "net",
                "100",
                "gross",
                "108.10",
                "currency",
                "CHF",
                "netEur",
                "104.20",
                "status",
                "OPEN"));
    assertThat(chf.netEur()).isEqualTo(new BigDecimal("104.20"));
    ErpInvoice credit =
        ErpInvoice.of(
            record(
                "invoiceNumber",
                "G1",
                "debtorNumber",
                "1",
                "invoiceDate",
                "2026-03-02",
                "net",
                "-50",
                "gross",
                "-59.50",
                "currency",
                "EUR",
                "status",
                "OPEN"));
    assertThat(credit.netEur()).isEqualTo(new BigDecimal("-50.00"));
  }

  @Test
  void anInvoiceThatDoesNotAddUpIsRefused() {
    assertThatThrownBy(
            () ->
                ErpInvoice.of(
                    record(
                        "invoiceNumber",
                        "R1",
                        "debtorNumber",
                        "1",
                        "invoiceDate",
                        "2026-03-01",
                        "net",
                        "100",
                        "gross",
                        "90",
                        "currency",
                        "EUR",
                        "status",
                        "OPEN")))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("gross"));
    assertThatThrownBy(
            () ->
                ErpInvoice.of(
                    record(
                        "invoiceNumber",
                        "R1",
                        "debtorNumber",
                        "1",
                        "invoiceDate",
                        "2026-03-01",
                        "net",
                        "100",
                        "gross",
                        "119",
                        "currency",
                        "USD",
                        "status",
                        "OPEN")))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("netEur"));
    assertThatThrownBy(
            () ->
                ErpInvoice.of(
                    record(
                        "invoiceNumber",
                        "R1",
                        "debtorNumber",
                        "1",
                        "invoiceDate",
                        "1.3.2026",
                        "net",
                        "100",
                        "gross",
                        "119",
                        "currency",
                        "EUR",
                        "status",
                        "OPEN")))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("invoiceDate"));
    assertThatThrownBy(
            () ->
                ErpInvoice.of(
                    record(
                        "invoiceNumber",
                        "R1",
                        "debtorNumber",
                        "1",
                        "invoiceDate",
                        "2026-03-01",
                        "net",
                        "100",
                        "gross",
                        "119",
                        "currency",
                        "EUR",
                        "status",
                        "DRAFT")))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("OPEN, PAID"));
  }

  @Test
  void anOpenItemNeedsItsAmountAndDueDate() {
    ErpOpenItem item =
        ErpOpenItem.of(
            record(
                "documentNumber",
                "OP1",
                "debtorNumber",
                "1",
                "dueDate",
                "2026-12-01",
                "openAmount",
                "300"));
    assertThat(item.openAmount()).isEqualTo(new BigDecimal("300.00"));
    assertThatThrownBy(
            () ->
                ErpOpenItem.of(
                    record("documentNumber", "OP1", "debtorNumber", "1", "dueDate", "2026-12-01")))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("openAmount: missing"));
  }
}

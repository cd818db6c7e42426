package de.opencrm.domain.erp;

import static de.opencrm.domain.erp.ErpTestRecords.germanVatId;
import static de.opencrm.domain.erp.ErpTestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.opencrm.integration.erp.ErpFileCheck;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  /** Invoice R1 of debtor 1; a null value leaves its field out. */
  private static ErpInvoice invoice(
      String date, String net, String gross, String currency, String netEur, String status) {
    List<String> pairs =
        new ArrayList<>(List.of("invoiceNumber", "R1", "debtorNumber", "1", "status", status));
    String[][] optional = {
      {"invoiceDate", date},
      {"net", net},
      {"gross", gross},
      {"currency", currency},
      {"netEur", netEur}
    };
    for (String[] field : optional) {
      if (field[1] != null) {
        pairs.add(field[0]);
        pairs.add(field[1]);
      }
    }
    return ErpInvoice.of(record(pairs.toArray(String[]::new)));
  }

  @Test
  void anInvoiceInEurosCountsItsNetAnotherCurrencyTheBookedEuros() {
    ErpInvoice eur = invoice("2026-03-01", "100", "119", "EUR", null, "paid");
    assertThat(eur.netEur()).isEqualTo(new BigDecimal("100.00"));
    assertThat(eur.status()).isEqualTo(ErpInvoice.Status.PAID);
    assertThat(eur.invoiceDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    ErpInvoice chf = invoice("2026-03-01", "100", "108.10", "CHF", "104.20", "OPEN");
    assertThat(chf.netEur()).isEqualTo(new BigDecimal("104.20"));
    ErpInvoice credit = invoice("2026-03-02", "-50", "-59.50", "EUR", null, "OPEN");
    assertThat(credit.netEur()).isEqualTo(new BigDecimal("-50.00"));
  }

  @Test
  void anInvoiceThatDoesNotAddUpIsRefused() {
    assertThatThrownBy(() -> invoice("2026-03-01", "100", "90", "EUR", null, "OPEN"))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("gross"));
    assertThatThrownBy(() -> invoice("2026-03-01", "100", "119", "USD", null, "OPEN"))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("netEur"));
    assertThatThrownBy(() -> invoice("2026-03-01", "100", "119", "EUR", "90", "OPEN"))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("differs"));
    assertThatThrownBy(() -> invoice("1.3.2026", "100", "119", "EUR", null, "OPEN"))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("invoiceDate"));
    for (String impossible : List.of("2026-02-30", "2026-13-01", "2026-00-10", "2026-3-01x")) {
      assertThatThrownBy(() -> invoice(impossible, "100", "119", "EUR", null, "OPEN"))
          .as(impossible)
          .isInstanceOfSatisfying(
              ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("not a date"));
    }
    assertThat(invoice("2024-02-29", "100", "119", "EUR", null, "OPEN").invoiceDate())
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> invoice("2026-03-01", null, "119", "EUR", null, "OPEN"))
        .isInstanceOfSatisfying(
            ErpRecordInvalid.class, e -> assertThat(e.detail()).contains("net: missing"));
    assertThatThrownBy(() -> invoice("2026-03-01", "100", "119", "EUR", null, "DRAFT"))
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

package de.opencrm.integration.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.opencrm.integration.erp.ErpFileCheck.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErpFileCheckerTest {

  @TempDir Path dir;

  private final ErpFileChecker checker = new ErpFileChecker(100);

  /** Splits every XML file it can. */
  private final ErpFileChecker splitting = new ErpFileChecker(100, 1);

  private static String debtor(String number, String name) {
    return "  <debtor>\n    <debtorNumber>"
        + number
        + "</debtorNumber>\n    <name>"
        + name
        + "</name>\n    <creditLimit>5000.00</creditLimit>\n    <blocked>false</blocked>\n  </debtor>\n";
  }

  private Path xml(String name, String... records) throws IOException {
    return Files.writeString(
        dir.resolve(name),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<debtors xmlns=\"urn:opencrm:erp:1\">\n"
            + String.join("", records)
            + "</debtors>\n");
  }

  @Test
  void aValidFileHasItsRecordsCountedAndNoneRefused() throws IOException {
    Path file = xml("debtors-1.xml", debtor("10001", "Müller GmbH"), debtor("10002", "Schmidt AG"));

    ErpFileCheck check = checker.check(file, ErpKind.DEBTORS);

    assertTrue(check.usable());
    assertEquals(2, check.records());
    assertTrue(check.refused().isEmpty());
  }

  @Test
  void aRecordBreakingTheSchemaIsRefusedAloneWithItsLine() throws IOException {
    Path file =
        xml(
            "debtors-2.xml",
            debtor("10001", "Müller GmbH"),
            debtor("10002", "Schmidt AG").replace("5000.00", "viel"),
            debtor("10003", "Weber KG"));

    ErpFileCheck check = checker.check(file, ErpKind.DEBTORS);

    assertTrue(check.usable());
    assertEquals(3, check.records());
    assertEquals(1, check.refused().size());
    ErpFileCheck.Refusal refusal = check.refused().get(2L);
    assertEquals(Code.SCHEMA, refusal.code());
    assertEquals("10002", refusal.key());
    assertEquals(9, refusal.line());
    assertTrue(refusal.detail().contains("viel"), refusal.detail());
  }

  @Test
  void aDebtorNumberTwiceRefusesTheSecondNamingTheFirst() throws IOException {
    Path file =
        xml("debtors-3.xml", debtor("10001", "A"), debtor("10002", "B"), debtor("10001", "C"));

    ErpFileCheck check = checker.check(file, ErpKind.DEBTORS);

    assertEquals(Code.DUPLICATE, check.refused().get(3L).code());
    assertEquals("first as record 1", check.refused().get(3L).detail());
    assertEquals(1, check.refused().size());
  }

  @Test
  void aTruncatedFileIsUnusable() throws IOException {
    Path whole = xml("debtors-4.xml", debtor("10001", "A"), debtor("10002", "B"));
    String text = Files.readString(whole);
    Path file =
        Files.writeString(dir.resolve("debtors-5.xml"), text.substring(0, text.length() / 2 + 7));

    ErpFileCheck check = checker.check(file, ErpKind.DEBTORS);

    assertFalse(check.usable());
    assertEquals(Code.MALFORMED, check.fatal().code());
  }

  @Test
  void latin1BytesInAUtf8FileMakeItUnusable() throws IOException {
    String text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<debtors xmlns=\"urn:opencrm:erp:1\">\n"
            + debtor("10001", "Müller GmbH")
            + "</debtors>\n";
    Path file =
        Files.write(dir.resolve("debtors-6.xml"), text.getBytes(StandardCharsets.ISO_8859_1));

    ErpFileCheck check = checker.check(file, ErpKind.DEBTORS);

    assertEquals(Code.ENCODING, check.fatal().code(), check.fatal().detail());
  }

  @Test
  void anInvoiceFileIsNotTakenForDebtors() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("debtors-7.xml"), "<invoices xmlns=\"urn:opencrm:erp:1\"></invoices>");

    assertEquals(Code.WRONG_ROOT, checker.check(file, ErpKind.DEBTORS).fatal().code());
  }

  @Test
  void aCsvWithoutAColumnIsUnusableAndAShortLineIsRefused() throws IOException {
    Path missing =
        Files.writeString(dir.resolve("debtors-8.csv"), "debtorNumber;name\n10001;Müller GmbH\n");
    assertEquals(Code.MISSING_COLUMNS, checker.check(missing, ErpKind.DEBTORS).fatal().code());
    assertTrue(checker.check(missing, ErpKind.DEBTORS).fatal().detail().contains("creditLimit"));

    String header = String.join(";", ErpKind.DEBTORS.fields());
    Path file =
        Files.writeString(
            dir.resolve("debtors-9.csv"),
            "\uFEFF" + header + "\n10001;Müller;GmbH;;;;;;;;false\n10002;Schmidt\n");
    ErpFileCheck check = checker.check(file, ErpKind.DEBTORS);
    assertNull(check.fatal());
    assertEquals(2, check.records());
    assertEquals(Code.COLUMNS, check.refused().get(2L).code());
    assertEquals(3, check.refused().get(2L).line());
  }

  @Test
  void theStreamGivesTheFieldsOfEveryRecordAndResumesAfterACheckpoint() throws IOException {
    Path file =
        xml("debtors-10.xml", debtor("10001", "A"), debtor("10002", "B"), debtor("10003", "C"));
    List<String> names = new ArrayList<>();
    try (ErpRecordStream stream = ErpRecordStream.open(file)) {
      stream.skipTo(1);
      for (ErpRecord r = stream.next(); r != null; r = stream.next()) {
        names.add(r.ordinal() + ":" + r.field("name") + ":" + r.field("creditLimit"));
      }
    }
    assertEquals(List.of("2:B:5000.00", "3:C:5000.00"), names);
    for (int skipped = 0; skipped <= 3; skipped++) {
      try (ErpRecordStream stream = ErpRecordStream.open(file)) {
        stream.skipTo(skipped);
        ErpRecord next = stream.next();
        assertEquals(skipped == 3 ? null : skipped + 1L, next == null ? null : next.ordinal());
        if (next != null) {
          assertEquals(List.of("A", "B", "C").get(skipped), next.field("name"));
        }
      }
    }

    String header = String.join(";", ErpKind.DEBTORS.fields());
    Path csv =
        Files.writeString(
            dir.resolve("debtors-11.csv"), header + "\n10001;\"Müller; Söhne\";GmbH;;;;;;;;true\n");
    try (ErpRecordStream stream = ErpRecordStream.open(csv)) {
      ErpRecord r = stream.next();
      assertEquals("Müller; Söhne", r.field("name"));
      assertEquals("true", r.field("blocked"));
      assertNull(r.field("vatId"));
      assertEquals(2, r.line());
      assertNull(stream.next());
    }
  }

  /** Checks in two pieces, as receive does side by side. */
  private Optional<ErpFileCheck> inPieces(Path file) throws IOException {
    List<ErpFilePiece> pieces = splitting.pieces(file, ErpKind.DEBTORS, 2);
    assertEquals(2, pieces.size(), "split in two");
    List<ErpFileChecker.PieceCheck> checks = new ArrayList<>();
    for (ErpFilePiece piece : pieces) {
      checks.add(splitting.check(piece));
    }
    return splitting.join(checks);
  }

  private Path twelveDebtors(String name, String lineBreak) throws IOException {
    List<String> records = new ArrayList<>();
    for (int n = 1; n <= 12; n++) {
      String number =
          switch (n) {
            case 3, 8, 11 -> "10001"; // once in the first half, twice in the second
            case 12 -> "10009"; // twice, both in the second half
            default -> "1000" + n;
          };
      String record = debtor(number, "Firma " + n);
      records.add(n == 2 || n == 10 ? record.replace("5000.00", "viel") : record);
    }
    Path file = xml(name, records.toArray(String[]::new));
    return Files.writeString(file, Files.readString(file).replace("\n", lineBreak));
  }

  @Test
  void twoPiecesFindWhatTheWholeFileCheckFinds() throws IOException {
    for (String lineBreak : List.of("\n", "\r\n", "\r")) {
      Path file = twelveDebtors("debtors-pieces.xml", lineBreak);
      ErpFileCheck whole = checker.check(file, ErpKind.DEBTORS);
      assertEquals(12, whole.records());
      assertEquals("first as record 1", whole.refused().get(8L).detail());
      assertEquals("first as record 1", whole.refused().get(11L).detail());
      assertEquals("first as record 9", whole.refused().get(12L).detail());
      assertEquals(Code.SCHEMA, whole.refused().get(10L).code());
      assertEquals(6, whole.refused().size(), whole.refused().toString());

      ErpFileCheck joined = inPieces(file).orElseThrow();

      assertEquals(whole, joined, lineBreak.replace("\r", "CR").replace("\n", "LF"));
    }
  }

  @Test
  void aSplitInsideACommentIsFoundOutAndLeavesTheFileToBeCheckedWhole() throws IOException {
    Path file =
        xml(
            "debtors-comment.xml",
            debtor("10001", "A"),
            debtor("10002", "B"),
            "<!-- " + " </debtor> ".repeat(200) + "-->\n",
            debtor("10003", "C"));

    assertTrue(checker.check(file, ErpKind.DEBTORS).usable());
    assertTrue(inPieces(file).isEmpty());
  }

  @Test
  void aFileBrokenInItsSecondPieceIsLeftToBeCheckedWhole() throws IOException {
    Path whole = twelveDebtors("debtors-long.xml", "\n");
    String text = Files.readString(whole);
    Path file =
        Files.writeString(dir.resolve("debtors-cut.xml"), text.substring(0, text.length() - 30));

    assertEquals(Code.MALFORMED, checker.check(file, ErpKind.DEBTORS).fatal().code());
    assertTrue(inPieces(file).isEmpty());
  }

  @Test
  void smallFilesAndCsvAreCheckedInOnePiece() throws IOException {
    Path xml = twelveDebtors("debtors-small.xml", "\n");
    assertEquals(1, checker.pieces(xml, ErpKind.DEBTORS, 2).size(), "below 16 MiB");
    assertEquals(1, splitting.pieces(xml, ErpKind.DEBTORS, 1).size(), "one asked for");
    Path csv =
        Files.writeString(
            dir.resolve("debtors-small.csv"),
            String.join(";", ErpKind.DEBTORS.fields()) + "\n10001;Müller;GmbH;;;;;;;;false\n");
    assertEquals(1, splitting.pieces(csv, ErpKind.DEBTORS, 2).size(), "CSV");
  }
}

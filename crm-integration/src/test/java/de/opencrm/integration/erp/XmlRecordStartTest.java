package de.opencrm.integration.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlRecordStartTest {

  @TempDir Path dir;

  /** Markup that looks like a record's end where it is none, and lines ending both ways. */
  private static final String TRICKY =
      "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
          + "<!-- a comment before the root: <debtor></debtor> -> - -->\n"
          + "<?erp-export generator=\"nightly > 02:00\"?>\n"
          + "<debtors xmlns=\"urn:opencrm:erp:1\" note='a \"quoted\" > sign' >\r\n"
          + "  <debtor>\n"
          + "    <debtorNumber>10001</debtorNumber>\n"
          + "    <name>Müller &amp; Söhne</name>\n"
          + "  </debtor>\r\n"
          + "  <debtor kind=\"a/>b\"><debtorNumber>10002</debtorNumber>"
          + "<name><![CDATA[Weber > ]] </debtor> ]]]>KG</name></debtor>\n"
          + "  <!-- </debtor> inside the root -->\n"
          + "  <debtor/>\n"
          + "  <?page break ? </debtor> ?>\r  \r\n"
          + "  <debtor>\n"
          + "    <debtorNumber>10004</debtorNumber>\n"
          + "    <name>Jäger <!-- </debtor> --> GmbH</name>\n"
          + "  </debtor><debtor ><debtorNumber>10005</debtorNumber></debtor>\n"
          + "\n"
          + "  <debtor >\n"
          + "    <debtorNumber>10006</debtorNumber>\r\n"
          + "    <name attr=\"x/\">Ödön</name>\n"
          + "  </debtor>\n"
          + "</debtors>\n";

  private static final int TRICKY_RECORDS = 6;

  @Test
  void enteringBehindAnyRecordReadsOnExactlyAsAParserReadingFromTheStartWould() throws IOException {
    Path file = Files.writeString(dir.resolve("debtors-1.xml"), TRICKY, StandardCharsets.UTF_8);
    List<ErpRecord> all = readAll(file, 0);
    assertEquals(TRICKY_RECORDS, all.size());
    assertEquals("Müller & Söhne", all.get(0).field("name"));
    assertEquals("Weber > ]] </debtor> ]KG", all.get(1).field("name"));
    assertEquals(List.of(), List.copyOf(all.get(2).fields().keySet()));

    for (int before = 1; before <= TRICKY_RECORDS; before++) {
      assertTrue(XmlRecordStart.after(file, before).isPresent(), "found by bytes: " + before);
      assertEquals(all.subList(before, all.size()), readAll(file, before), "behind " + before);
    }
  }

  @Test
  void theByteFoundIsBehindTheRecordsEndTag() throws IOException {
    Path file = Files.writeString(dir.resolve("debtors-2.xml"), TRICKY, StandardCharsets.UTF_8);
    byte[] bytes = TRICKY.getBytes(StandardCharsets.UTF_8);
    XmlRecordStart start = XmlRecordStart.after(file, 1).orElseThrow();
    String before = new String(bytes, 0, (int) start.offset(), StandardCharsets.UTF_8);
    assertTrue(before.endsWith("  </debtor>"), before);
    String prolog = new String(start.prolog(), StandardCharsets.UTF_8);
    assertTrue(prolog.endsWith("'a \"quoted\" > sign' >"), prolog);
    assertEquals(3, start.prologLines());
    assertEquals(7 - 3, start.lineShift());
  }

  @Test
  void whereTheBytesLeaveDoubtTheStreamParsesItsWayThere() throws IOException {
    String records = TRICKY.substring(TRICKY.indexOf("  <debtor>"));
    String doctype =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE debtors>\n<debtors xmlns=\"urn:opencrm:erp:1\">\n"
            + records;
    String longProlog =
        "<?xml version=\"1.0\"?>\n<!-- "
            + "x".repeat(XmlRecordStart.MAX_PROLOG)
            + " -->\n<debtors xmlns=\"urn:opencrm:erp:1\">\n"
            + records;
    Path withDoctype = Files.writeString(dir.resolve("debtors-3.xml"), doctype);
    Path withLongProlog = Files.writeString(dir.resolve("debtors-4.xml"), longProlog);
    Path utf16 = dir.resolve("debtors-5.xml");
    Files.write(
        utf16,
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<debtors xmlns=\"urn:opencrm:erp:1\">\n"
                + records)
            .getBytes(StandardCharsets.UTF_16));
    Path emptyRoot = Files.writeString(dir.resolve("debtors-6.xml"), "<debtors/>\n");

    assertTrue(XmlRecordStart.after(withDoctype, 2).isEmpty());
    assertTrue(XmlRecordStart.after(withLongProlog, 2).isEmpty());
    assertTrue(XmlRecordStart.after(utf16, 2).isEmpty());
    assertTrue(XmlRecordStart.after(emptyRoot, 1).isEmpty());
    Path tricky = Files.writeString(dir.resolve("debtors-7.xml"), TRICKY, StandardCharsets.UTF_8);
    assertTrue(XmlRecordStart.after(tricky, TRICKY_RECORDS + 1).isEmpty());

    List<ErpRecord> expected = readAll(tricky, 2);
    assertEquals(expected, readAll(withLongProlog, 2).stream().map(r -> shifted(r, 1)).toList());
    assertEquals(expected, readAll(utf16, 2).stream().map(r -> shifted(r, 2)).toList());
    assertEquals(List.of(), readAll(emptyRoot, 1));
  }

  /** The same record on another line (the files differ before it by whole lines). */
  private static ErpRecord shifted(ErpRecord record, long lines) {
    return new ErpRecord(record.ordinal(), record.line() + lines, record.fields());
  }

  private static List<ErpRecord> readAll(Path file, long skipped) throws IOException {
    List<ErpRecord> records = new ArrayList<>();
    try (ErpRecordStream stream = ErpRecordStream.open(file)) {
      stream.skipTo(skipped);
      for (ErpRecord r = stream.next(); r != null; r = stream.next()) {
        records.add(r);
      }
    }
    return records;
  }
}

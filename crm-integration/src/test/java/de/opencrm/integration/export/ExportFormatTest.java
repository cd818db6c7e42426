package de.opencrm.integration.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

  private static byte[] export(ExportFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = format.open(out, "Firmen")) {
      writer.header(List.of("Name", "Ort", "Umsatz"));
      writer.row(List.of("Müller; Söhne \"Bau\" GmbH", "Köln", 1250000));
      writer.row(Arrays.asList("Weber Software UG", null, 12.5));
    }
    return out.toByteArray();
  }

  @Test
  void csvOpensInGermanExcelWithUmlautsAndSemicolonsIntact() throws Exception {
    byte[] csv = export(ExportFormat.CSV);
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    assertThat(text).startsWith("Name;Ort;Umsatz\r\n");
    List<CSVRecord> records =
        CSVParser.parse(new StringReader(text), CsvTableWriter.GERMAN_EXCEL).getRecords();
    assertThat(records).hasSize(3);
    assertThat(records.get(1).values())
        .containsExactly("Müller; Söhne \"Bau\" GmbH", "Köln", "1250000");
    assertThat(records.get(2).values()).containsExactly("Weber Software UG", "", "12,5");
  }

  @Test
  void xlsxKeepsNumbersAsNumbersAndFiltersTheHeader() throws Exception {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX)))) {
      XSSFSheet sheet = workbook.getSheet("Firmen");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Müller; Söhne \"Bau\" GmbH");
      assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1_250_000d);
      assertThat(sheet.getRow(2).getCell(1)).isNull();
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
    }
  }

  @Test
  void pdfRepeatsTheHeaderOnEveryPageAndKeepsEveryRow() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = ExportFormat.PDF.open(out, "Prüfprotokoll")) {
      writer.header(List.of("Nr.", "Zeitpunkt", "Änderungen"));
      for (int i = 1; i <= 450; i++) {
        writer.row(
            List.of(i, LocalDateTime.of(2026, 11, 23, 9, 30, 5), "lastName: Müller → Weiß " + i));
      }
    }

    PdfReader reader = new PdfReader(out.toByteArray());
    assertThat(reader.getNumberOfPages()).isGreaterThan(5);
    PdfTextExtractor text = new PdfTextExtractor(reader);
    assertThat(text.getTextFromPage(1)).contains("Prüfprotokoll").contains("23.11.2026 09:30:05");
    String last = text.getTextFromPage(reader.getNumberOfPages());
    assertThat(last).contains("Änderungen").contains("Müller → Weiß 450");
  }
}

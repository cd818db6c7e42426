package de.opencrm.integration.export;

import java.io.OutputStream;

/** The formats lists can be exported in, with what a browser needs to download them. */
public enum ExportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** For printing and filing, e.g. an auditor's excerpt of the audit journal. */
  PDF("application/pdf", "pdf");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public TableWriter open(OutputStream out, String sheetName) {
    return switch (this) {
      case CSV -> new CsvTableWriter(out);
      case XLSX -> new XlsxTableWriter(out, sheetName);
      case PDF -> new PdfTableWriter(out, sheetName);
    };
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }
}

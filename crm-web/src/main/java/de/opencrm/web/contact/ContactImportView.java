package de.opencrm.web.contact;

import de.opencrm.application.contact.importing.ContactImportService;
import de.opencrm.application.contact.importing.ImportJob;
import de.opencrm.application.contact.importing.ImportJobs;
import de.opencrm.application.contact.importing.ImportTemplateService;
import de.opencrm.application.contact.importing.MatchKey;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.contact.importing.ColumnMapping;
import de.opencrm.domain.contact.importing.ImportField;
import de.opencrm.domain.contact.importing.ImportTarget;
import de.opencrm.integration.csv.CsvDialect;
import de.opencrm.integration.csv.CsvRows;
import de.opencrm.integration.csv.CsvSniffer;
import de.opencrm.integration.export.ExportFormat;
import de.opencrm.web.page.Downloads;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The CSV import wizard for people or companies: upload a file (encoding and delimiter are
 * recognised and can be corrected), map its columns to fields, choose how existing records are
 * found, try it as a dry run, import it in the background with a progress bar, and download the
 * refused rows as a file.
 *
 * <p>Longer than 300 lines: the import wizard's steps (file, mapping, trial run, run, result) share
 * one state in the view scope; each step's work is done by the import service.
 */
@Named
@ViewScoped
public class ContactImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Larger exports are split or come through the ERP interface, not a browser upload. */
  public static final long MAX_UPLOAD_BYTES = 20_000_000;

  private static final int SAMPLE_ROWS = 3;
  private static final int SHOWN_ERRORS = 100;

  /** One column of the file as the mapping table shows it. */
  public record Column(int index, String header, String sample) implements Serializable {}

  @Inject ContactImportService imports;
  @Inject ImportJobs jobs;
  @Inject FacesErrors errors;
  @Inject Downloads downloads;
  @Inject ImportTemplateService templates;

  private String file;
  private String fileName;
  private String charsetName;
  private char delimiter;
  private List<Column> columns = List.of();
  private List<String> fields = new ArrayList<>();
  private ImportTarget target = ImportTarget.PEOPLE;
  private MatchKey key = MatchKey.EMAIL;
  private String jobId;
  private String user;
  private Long templateId;
  private String templateName;
  private List<ImportTemplateService.TemplateOption> templateOptions;

  public void upload(FileUploadEvent event) {
    UploadedFile upload = event.getFile();
    try {
      String name = upload.getFileName() == null ? "" : upload.getFileName();
      String lower = name.toLowerCase(Locale.ROOT);
      if (!lower.endsWith(".csv") && !lower.endsWith(".txt")) {
        throw new BusinessException("import.wrongType", name);
      }
      if (upload.getSize() > MAX_UPLOAD_BYTES) {
        throw new BusinessException("import.tooLarge", name, MAX_UPLOAD_BYTES / 1_000_000);
      }
      discardFile();
      user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
      Path stored = Files.createTempFile("crm-import-", ".csv");
      try (InputStream in = upload.getInputStream()) {
        Files.copy(in, stored, StandardCopyOption.REPLACE_EXISTING);
      }
      file = stored.toString();
      fileName = name;
      CsvDialect dialect = CsvSniffer.sniff(head(stored));
      charsetName = dialect.charsetName();
      delimiter = dialect.delimiter();
      readColumns(true);
    } catch (IOException e) {
      errors.show(new BusinessException("import.unreadable"), null);
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  /** The user corrected encoding or delimiter: the columns are read again. */
  public void reread() {
    try {
      readColumns(true);
    } catch (IOException e) {
      errors.show(new BusinessException("import.unreadable"), null);
    }
  }

  private void readColumns(boolean guessMapping) throws IOException {
    List<List<String>> samples = new ArrayList<>();
    List<String> headers;
    try (CsvRows rows = CsvRows.open(Path.of(file), dialect())) {
      headers = rows.headers();
      Iterator<CsvRows.Row> it = rows.iterator();
      while (it.hasNext() && samples.size() < SAMPLE_ROWS) {
        samples.add(it.next().values());
      }
    }
    List<Column> read = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      int column = i;
      String sample =
          samples.stream()
              .map(r -> column < r.size() ? r.get(column) : null)
              .filter(v -> v != null)
              .findFirst()
              .orElse("");
      read.add(new Column(i, headers.get(i), sample));
    }
    columns = read;
    if (guessMapping) {
      fields = new ArrayList<>();
      ColumnMapping.guess(headers, target)
          .fields()
          .forEach(f -> fields.add(f == null ? "" : f.name()));
    }
    jobId = null;
  }

  public List<ImportTemplateService.TemplateOption> getTemplates() {
    if (templateOptions == null) {
      templateOptions = templates.myTemplates(target);
    }
    return templateOptions;
  }

  /** Maps the columns as the chosen template says. */
  public void applyTemplate() {
    if (templateId == null) {
      return;
    }
    try {
      ColumnMapping mapping = templates.applyTemplate(templateId, headers());
      fields = new ArrayList<>();
      mapping.fields().forEach(f -> fields.add(f == null ? "" : f.name()));
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  /** Keeps the current mapping under the name entered. */
  public void saveTemplate() {
    try {
      templateId = templates.saveTemplate(templateName, target, headers(), mapping());
      templateOptions = null;
      errors.info("import.templateSaved", templateName);
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  private List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  public void dryRun() {
    start(true);
  }

  public void runImport() {
    start(false);
  }

  private void start(boolean dry) {
    try {
      if (file == null) {
        throw new BusinessException("import.noFile");
      }
      jobs.forget(jobId);
      jobId = imports.startImport(Path.of(file), dialect(), mapping(), target, key, dry).id();
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  /** The run the page follows, while the user may see it. */
  public ImportJob getJob() {
    return user == null ? null : jobs.find(jobId, user).orElse(null);
  }

  public boolean isRunning() {
    ImportJob job = getJob();
    return job != null && !job.isDone();
  }

  public List<ImportJob.RowError> getShownErrors() {
    ImportJob job = getJob();
    if (job == null) {
      return List.of();
    }
    List<ImportJob.RowError> all = job.errors();
    return all.subList(0, Math.min(SHOWN_ERRORS, all.size()));
  }

  /** The values imported rows kept unchecked, the first of them. */
  public List<ImportJob.RowError> getShownWarnings() {
    ImportJob job = getJob();
    if (job == null) {
      return List.of();
    }
    List<ImportJob.RowError> all = job.warnings();
    return all.subList(0, Math.min(SHOWN_ERRORS, all.size()));
  }

  public String reason(ImportJob.RowError error) {
    return errors.text(error.messageKey(), error.arguments().toArray());
  }

  /** The refused rows as a CSV file: their cells as read, the line and the reason in front. */
  public void downloadErrors() throws IOException {
    ImportJob job = getJob();
    if (job == null) {
      return;
    }
    List<String> header = new ArrayList<>(List.of("import.line", "import.reason"));
    List<String> texts = new ArrayList<>(header.stream().map(errors::text).toList());
    columns.forEach(c -> texts.add(c.header()));
    downloads.send(
        "import.errorFile",
        "csv",
        ExportFormat.CSV.contentType(),
        out -> {
          try (var table = ExportFormat.CSV.open(out, "Fehler")) {
            table.header(texts);
            for (ImportJob.RowError error : job.errors()) {
              List<Object> cells = new ArrayList<>();
              cells.add(error.line());
              cells.add(reason(error));
              cells.addAll(error.values());
              table.row(cells);
            }
          }
        });
  }

  private ColumnMapping mapping() {
    List<ImportField> mapped = new ArrayList<>();
    fields.forEach(f -> mapped.add(f == null || f.isEmpty() ? null : ImportField.valueOf(f)));
    return new ColumnMapping(mapped);
  }

  private CsvDialect dialect() {
    int bom =
        switch (charsetName) {
          case "UTF-8" -> hasUtf8Bom() ? 3 : 0;
          case "UTF-16LE", "UTF-16BE" -> 2;
          default -> 0;
        };
    return new CsvDialect(charsetName, bom, delimiter);
  }

  private boolean hasUtf8Bom() {
    try {
      byte[] head = head(Path.of(file));
      return head.length >= 3
          && (head[0] & 0xFF) == 0xEF
          && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF;
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] head(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(CsvSniffer.HEAD_BYTES);
    }
  }

  @PreDestroy
  void discardFile() {
    jobs.forget(jobId);
    if (file != null && !isRunning()) {
      try {
        Files.deleteIfExists(Path.of(file));
      } catch (IOException e) {
        // a temporary file; the server's temp folder is cleared on restart
      }
    }
  }

  public long getMaxUploadBytes() {
    return MAX_UPLOAD_BYTES;
  }

  public List<ImportField> getImportFields() {
    return ImportField.of(target);
  }

  public List<MatchKey> getMatchKeys() {
    return MatchKey.of(target);
  }

  public ImportTarget getTarget() {
    return target;
  }

  /** The page's ?target=COMPANIES: what the rows are; it picks the natural key too. */
  public void setTarget(ImportTarget target) {
    this.target = target == null ? ImportTarget.PEOPLE : target;
    this.key = MatchKey.of(this.target).get(0);
  }

  public boolean isCompanies() {
    return target == ImportTarget.COMPANIES;
  }

  public String getFileName() {
    return fileName;
  }

  public boolean isLoaded() {
    return file != null;
  }

  public List<Column> getColumns() {
    return columns;
  }

  public List<String> getFields() {
    return fields;
  }

  public String getCharsetName() {
    return charsetName;
  }

  public void setCharsetName(String charsetName) {
    this.charsetName = charsetName;
  }

  public String getDelimiter() {
    return delimiter == '\t' ? "TAB" : String.valueOf(delimiter);
  }

  public void setDelimiter(String delimiter) {
    this.delimiter = "TAB".equals(delimiter) ? '\t' : delimiter.charAt(0);
  }

  public MatchKey getKey() {
    return key;
  }

  public void setKey(MatchKey key) {
    this.key = key;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public String getTemplateName() {
    return templateName;
  }

  public void setTemplateName(String templateName) {
    this.templateName = templateName;
  }
}

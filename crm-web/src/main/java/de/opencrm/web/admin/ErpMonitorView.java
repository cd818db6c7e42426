package de.opencrm.web.admin;

import de.opencrm.application.erp.ErpReceiveService;
import de.opencrm.application.erp.ErpRunService;
import de.opencrm.batch.erp.ErpExecution;
import de.opencrm.batch.erp.ErpJobs;
import de.opencrm.batch.erp.ErpMonitor;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.integration.export.ExportFormat;
import de.opencrm.web.page.Downloads;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The ERP job monitor: the files waiting in the inbound folder (an administrator may upload one and
 * start a run over the files they choose), the runs with status, times, counts and progress while
 * one runs, stop and restart, and per run its files, the reject file and the discrepancy report.
 */
@Named
@ViewScoped
public class ErpMonitorView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Larger deliveries come through the inbound folder, not a browser upload. */
  public static final long MAX_UPLOAD_BYTES = 20_000_000;

  private static final int RUNS_PER_PAGE = 20;

  @Inject ErpMonitor monitor;
  @Inject ErpJobs jobs;
  @Inject ErpRunService runs;
  @Inject ErpReceiveService receiving;
  @Inject FacesErrors errors;
  @Inject Downloads downloads;

  private List<String> chosen = new ArrayList<>();
  private int runsShown = RUNS_PER_PAGE;
  private Long selectedExecution;
  private transient List<ErpExecution> executions;
  private transient List<String> inbound;

  public List<String> getInbound() {
    if (inbound == null) {
      inbound = receiving.inboundFiles();
    }
    return inbound;
  }

  public void upload(FileUploadEvent event) {
    UploadedFile upload = event.getFile();
    String name = upload.getFileName() == null ? "" : upload.getFileName();
    try (InputStream in = upload.getInputStream()) {
      if (upload.getSize() > MAX_UPLOAD_BYTES) {
        throw new BusinessException("erp.upload.tooLarge", name, MAX_UPLOAD_BYTES / 1_000_000);
      }
      receiving.deposit(name, in);
      inbound = null;
      chosen.add(name);
      errors.info("erp.upload.done", name);
    } catch (IOException e) {
      errors.show(new BusinessException("erp.upload.unreadable", name), null);
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  /** Starts a run over the chosen files, or all waiting when none is chosen. */
  public void start() {
    try {
      List<String> files = chosen.stream().filter(getInbound()::contains).toList();
      long execution = jobs.start(files);
      if (execution < 0) {
        throw new BusinessException("erp.job.busy");
      }
      selectedExecution = execution;
      chosen = new ArrayList<>();
      refresh();
      errors.info("erp.job.started", execution);
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void stop(ErpExecution execution) {
    try {
      jobs.stop(execution.id());
      refresh();
      errors.info("erp.job.stopping", execution.id());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void restart(ErpExecution execution) {
    try {
      long restarted = jobs.restart(execution.id());
      if (restarted < 0) {
        throw new BusinessException("erp.job.busy");
      }
      selectedExecution = restarted;
      refresh();
      errors.info("erp.job.restarted", execution.run());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  /** Reads the runs again (the poll while one runs, and after every action). */
  public void refresh() {
    executions = null;
    inbound = null;
  }

  public void showOlder() {
    runsShown += RUNS_PER_PAGE;
    executions = null;
  }

  public List<ErpExecution> getExecutions() {
    if (executions == null) {
      executions = monitor.executions(0, runsShown);
    }
    return executions;
  }

  public boolean isOlderRuns() {
    return monitor.runCount() > runsShown;
  }

  public boolean isAnyRunning() {
    return getExecutions().stream().anyMatch(ErpExecution::isRunning);
  }

  public void select(ErpExecution execution) {
    selectedExecution = execution.id();
  }

  public ErpExecution getSelected() {
    if (selectedExecution == null) {
      return null;
    }
    return getExecutions().stream()
        .filter(e -> e.id() == selectedExecution)
        .findFirst()
        .orElseGet(() -> monitor.execution(selectedExecution));
  }

  public List<ErpFile> getFiles() {
    ErpExecution selected = getSelected();
    return selected == null ? List.of() : runs.files(selected.run());
  }

  public String duration(ErpExecution execution) {
    Duration took = execution.duration(Instant.now());
    long seconds = took.toSeconds();
    return seconds < 60
        ? seconds + " s"
        : seconds < 3600
            ? String.format("%d:%02d min", seconds / 60, seconds % 60)
            : String.format("%d:%02d h", seconds / 3600, seconds % 3600 / 60);
  }

  public void refusedCsv() throws IOException {
    refused(ExportFormat.CSV);
  }

  public void refusedXlsx() throws IOException {
    refused(ExportFormat.XLSX);
  }

  public void discrepanciesCsv() throws IOException {
    discrepancies(ExportFormat.CSV);
  }

  public void discrepanciesXlsx() throws IOException {
    discrepancies(ExportFormat.XLSX);
  }

  private void refused(ExportFormat format) throws IOException {
    long run = getSelected().run();
    downloads.send(
        format,
        "erp.refused.fileName",
        List.of("erp.file", "erp.line", "erp.key", "erp.reason", "erp.detail"),
        (columns, out) -> runs.exportRefused(run, format, columns, out));
  }

  private void discrepancies(ExportFormat format) throws IOException {
    long run = getSelected().run();
    downloads.send(
        format,
        "erp.discrepancies.fileName",
        List.of(
            "erp.kind",
            "erp.debtorNumber",
            "erp.accountId",
            "erp.field",
            "erp.erpValue",
            "erp.crmValue",
            "erp.score",
            "erp.status",
            "erp.decidedBy",
            "erp.decidedAt"),
        (columns, out) -> runs.exportDiscrepancies(run, format, columns, out));
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }

  public long getMaxUploadBytes() {
    return MAX_UPLOAD_BYTES;
  }
}

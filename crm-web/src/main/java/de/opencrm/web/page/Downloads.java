package de.opencrm.web.page;

import de.opencrm.integration.export.ExportFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Sends a list export to the browser as a download, named and headed in the user's language. */
@ApplicationScoped
public class Downloads {

  /** What writes the file: the columns in the user's language, the response to write to. */
  @FunctionalInterface
  public interface Export {
    void write(List<String> columns, OutputStream out) throws IOException;
  }

  @Inject FacesErrors texts;

  /** {@code fileKey} names the file ("accounts.title" becomes "Firmen-2026-11-22.csv"). */
  public void send(ExportFormat format, String fileKey, List<String> columnKeys, Export export)
      throws IOException {
    List<String> columns = columnKeys.stream().map(texts::text).toList();
    send(fileKey, format.extension(), format.contentType(), out -> export.write(columns, out));
  }

  /** Any file: named by {@code fileKey} and today's date, of the given type. */
  public void send(String fileKey, String extension, String contentType, FileWriter writer)
      throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    String file = texts.text(fileKey) + "-" + LocalDate.now() + "." + extension;
    external.setResponseContentType(contentType);
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
    writer.write(external.getResponseOutputStream());
    faces.responseComplete();
  }

  /** Writes a download's content. */
  @FunctionalInterface
  public interface FileWriter {
    void write(OutputStream out) throws IOException;
  }
}

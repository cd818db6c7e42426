package de.opencrm.web.document;

import de.opencrm.application.document.DocumentService;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.common.PageRequest;
import de.opencrm.domain.common.RecordRef;
import de.opencrm.domain.document.DocumentRow;
import de.opencrm.domain.document.UploadPolicy;
import de.opencrm.web.activity.RecordPanel;
import de.opencrm.web.page.FacesErrors;
import de.opencrm.web.page.PagedLazyDataModel;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The documents of the account or contact page: the list, newest first, uploading (several files at
 * once, each checked by the browser first and by the server for real) and deleting.
 */
@Named
@ViewScoped
public class DocumentsView extends RecordPanel {

  private static final long serialVersionUID = 1L;

  /** Where the outcome of uploads and deletions is shown: above the list, not page-wide. */
  private static final String MESSAGES = "documentsOutcome";

  @Inject DocumentService documents;
  @Inject FacesErrors errors;

  private PagedLazyDataModel<DocumentRow> list;
  private Long total;

  public PagedLazyDataModel<DocumentRow> getList() {
    if (list == null && record() != null) {
      RecordRef of = record();
      DocumentService service = documents;
      list = PagedLazyDataModel.ofPages(request -> service.filedOn(of, request), DocumentRow::id);
    }
    return list;
  }

  /** How many documents the record holds, for its tab. */
  public long getTotal() {
    if (total == null) {
      total = record() == null ? 0 : documents.filedOn(record(), PageRequest.of(0, 1)).total();
    }
    return total;
  }

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try (InputStream content = file.getInputStream()) {
      documents.fileDocument(record(), file.getFileName(), file.getSize(), content);
      total = null;
      errors.infoAt(MESSAGES, "document.filed", file.getFileName());
    } catch (IOException e) {
      errors.showAt(new BusinessException("document.notStored", file.getFileName()), MESSAGES);
    } catch (RuntimeException e) {
      errors.showAt(e, MESSAGES);
    }
  }

  public void delete(DocumentRow row) {
    try {
      documents.deleteDocument(row.id(), row.version());
      total = null;
      errors.infoAt(MESSAGES, "document.deleted", row.fileName());
    } catch (RuntimeException e) {
      errors.showAt(e, MESSAGES);
    }
  }

  /** Whether the row's delete button is offered: the uploader's own files, or all for an admin. */
  public boolean mayDelete(DocumentRow row) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("ADMIN")
        || row.uploaderUsername().equals(external.getUserPrincipal().getName());
  }

  /** Whether the user may upload at all (marketing reads documents only). */
  public boolean isMayUpload() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return Stream.of("SALES", "MANAGER", "SERVICE", "ADMIN").anyMatch(external::isUserInRole);
  }

  public long getMaxBytes() {
    return documents.uploadPolicy().maxBytes();
  }

  public long getMaxMegabytes() {
    return documents.uploadPolicy().maxMegabytes();
  }

  public String getExtensions() {
    return documents.uploadPolicy().extensions();
  }

  /** The allowed types as the upload widget checks them before sending. */
  public String getAllowTypes() {
    UploadPolicy policy = documents.uploadPolicy();
    String alternatives =
        policy.allowed().stream()
            .flatMap(t -> Stream.of(t.extensions()))
            .collect(Collectors.joining("|"));
    return "/(\\.)(" + alternatives + ")$/i";
  }
}

package de.opencrm.web.privacy;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.application.privacy.ErasurePreview;
import de.opencrm.application.privacy.ErasureService;
import de.opencrm.application.privacy.SubjectAccessService;
import de.opencrm.application.privacy.SubjectHit;
import de.opencrm.integration.disclosure.Disclosure;
import de.opencrm.integration.disclosure.DisclosureJson;
import de.opencrm.integration.disclosure.DisclosurePdf;
import de.opencrm.integration.disclosure.DisclosureText;
import de.opencrm.web.page.Downloads;
import de.opencrm.web.page.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The data protection page: find the person a request names, then answer it. The chosen person is
 * the "contact" parameter, so the page can be bookmarked and reloaded.
 */
@Named
@ViewScoped
public class PrivacyRequestsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SubjectAccessService subjects;
  @Inject ErasureService erasures;
  @Inject FacesErrors errors;
  @Inject Downloads downloads;
  @Inject CompanyTime time;

  private Long contactId;
  private SubjectHit subject;
  private String query;
  private List<SubjectHit> hits;
  private ErasurePreview erasure;
  private String erasureReason;

  /** Called by f:viewAction once the parameters are read. */
  public void load() {
    if (contactId == null || subject != null) {
      return;
    }
    try {
      subject = subjects.subject(contactId);
    } catch (RuntimeException e) {
      contactId = null;
      errors.show(e, null);
    }
  }

  public void search() {
    try {
      hits = subjects.findSubjects(query == null ? "" : query);
    } catch (RuntimeException e) {
      errors.show(e, "subjectSearch");
    }
  }

  public void downloadJson() throws IOException {
    Disclosure disclosure = disclose();
    if (disclosure != null) {
      downloads.send(
          "disclosure.file",
          "json",
          "application/json; charset=UTF-8",
          out -> DisclosureJson.write(disclosure, out));
    }
  }

  public void downloadPdf() throws IOException {
    Disclosure disclosure = disclose();
    if (disclosure != null) {
      DisclosurePdf pdf =
          new DisclosurePdf(
              new DisclosureText(
                  errors::text,
                  "disclosure",
                  FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                  time.zone()));
      downloads.send(
          "disclosure.file", "pdf", "application/pdf", out -> pdf.write(disclosure, out));
    }
  }

  /** Shows what erasing the person would delete and keep; nothing changes yet. */
  public void previewErasure() {
    try {
      erasure = erasures.previewErasure(contactId);
    } catch (RuntimeException e) {
      errors.show(e, "erasure");
    }
  }

  public String erase() {
    try {
      erasures.eraseSubject(contactId, erasure.version(), erasureReason);
      errors.info("privacy.erasedDone");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/privacy/requests.xhtml?faces-redirect=true&contact=" + contactId;
    } catch (RuntimeException e) {
      erasure = null;
      errors.show(e, "erasure");
      return null;
    }
  }

  private Disclosure disclose() {
    try {
      return subjects.disclose(contactId);
    } catch (RuntimeException e) {
      errors.show(e, null);
      return null;
    }
  }

  public Long getContactId() {
    return contactId;
  }

  public void setContactId(Long contactId) {
    this.contactId = contactId;
  }

  public SubjectHit getSubject() {
    return subject;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public ErasurePreview getErasure() {
    return erasure;
  }

  public String getErasureReason() {
    return erasureReason;
  }

  public void setErasureReason(String erasureReason) {
    this.erasureReason = erasureReason;
  }

  public List<SubjectHit> getHits() {
    return hits;
  }
}

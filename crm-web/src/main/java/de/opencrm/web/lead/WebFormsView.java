package de.opencrm.web.lead;

import de.opencrm.application.lead.capture.WebFormForm;
import de.opencrm.application.lead.capture.WebFormService;
import de.opencrm.application.lead.capture.WebLeadSettings;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The company's web forms for the administrator: each form's key, source, language, thank-you page
 * and allowed websites, and the HTML snippet to paste into the website, which posts to this CRM's
 * public address (crm.public-url, or the address the administrator uses right now).
 */
@Named
@ViewScoped
public class WebFormsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "webFormForm";
  private static final String ENDPOINT = "/api/v1/web-leads";

  @Inject WebFormService forms;
  @Inject FacesErrors errors;

  @Inject WebLeadSettings settings;

  private List<WebFormForm> list;
  private WebFormForm form = new WebFormForm();
  private String snippetFor;
  private String snippet;

  @PostConstruct
  void init() {
    reload();
  }

  private void reload() {
    list = forms.listForms();
  }

  public void startNew() {
    form = new WebFormForm();
  }

  public void startEdit(WebFormForm row) {
    form = row;
  }

  public void save() {
    try {
      forms.saveForm(form);
      errors.info("webForm.saved", form.getName());
      startNew();
      reload();
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void delete(WebFormForm row) {
    try {
      forms.deleteForm(row.getId(), row.getVersion());
      errors.info("webForm.deleted", row.getName());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    snippet = null;
    reload();
  }

  /** Shows the form's HTML for the website. */
  public void showSnippet(WebFormForm row) {
    try {
      snippet = forms.snippet(row.getId(), endpoint());
      snippetFor = row.getName();
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  private String endpoint() {
    return PublicAddress.of(settings, ENDPOINT);
  }

  public LeadSource[] getSources() {
    return LeadSource.values();
  }

  public List<WebFormForm> getList() {
    return list;
  }

  public WebFormForm getForm() {
    return form;
  }

  public String getSnippet() {
    return snippet;
  }

  public String getSnippetFor() {
    return snippetFor;
  }
}

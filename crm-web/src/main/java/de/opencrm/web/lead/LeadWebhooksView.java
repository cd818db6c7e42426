package de.opencrm.web.lead;

import static de.opencrm.domain.common.JsonTexts.JSON;

import de.opencrm.application.lead.capture.LeadWebhookForm;
import de.opencrm.application.lead.capture.LeadWebhookService;
import de.opencrm.application.lead.capture.WebLeadSettings;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.web.page.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lead webhooks for the administrator, on the web forms page: each platform's address and secret to
 * enter in its settings, where each lead field is found in its deliveries, and a check of that
 * mapping against a sample delivery.
 */
@Named
@ViewScoped
public class LeadWebhooksView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "webhookForm";
  private static final String ENDPOINT = "/api/v1/lead-webhooks/";

  /** What Meta sends for a lead form with name, e-mail and company, to try a mapping on. */
  static final String SAMPLE =
      """
      {
        "leadgen_id": "1234567890",
        "campaign_name": "Herbstaktion",
        "field_data": [
          {"name": "full_name", "values": ["Hanna Schröder"]},
          {"name": "email", "values": ["h.schroeder@beispiel.de"]},
          {"name": "company_name", "values": ["Beispiel GmbH"]},
          {"name": "zip_code", "values": ["50667"]}
        ]
      }""";

  @Inject LeadWebhookService hooks;
  @Inject WebLeadSettings settings;
  @Inject FacesErrors errors;

  private List<LeadWebhookService.HookRow> list;
  private LeadWebhookForm form = new LeadWebhookForm();
  private String sample = SAMPLE;
  private List<Map.Entry<String, String>> found;

  @PostConstruct
  void init() {
    reload();
  }

  private void reload() {
    list = hooks.listHooks();
  }

  public void startNew() {
    form = new LeadWebhookForm();
    found = null;
  }

  public void startEdit(LeadWebhookService.HookRow row) {
    try {
      form = hooks.loadHook(row.id());
      found = null;
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
  }

  public void save() {
    try {
      hooks.saveHook(form);
      errors.info("webhook.saved", form.getName());
      startNew();
      reload();
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  public void newSecret(LeadWebhookService.HookRow row) {
    try {
      hooks.replaceSecret(row.id(), row.version());
      errors.info("webhook.secretReplaced", row.name());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    reload();
  }

  public void delete(LeadWebhookService.HookRow row) {
    try {
      hooks.deleteHook(row.id(), row.version());
      errors.info("webhook.deleted", row.name());
    } catch (RuntimeException e) {
      errors.show(e, null);
    }
    reload();
  }

  /** Applies the mapping being edited to the sample delivery. */
  public void tryMapping() {
    found = null;
    try (JsonReader reader = JSON.createReader(new StringReader(sample == null ? "" : sample))) {
      found = new ArrayList<>(hooks.preview(form.getMapping(), reader.readValue()).entrySet());
      if (found.isEmpty()) {
        errors.infoAt(FORM + ":sample", "webhook.nothingFound");
      }
    } catch (JsonException e) {
      errors.infoAt(FORM + ":sample", "webhook.sampleInvalid");
    } catch (RuntimeException e) {
      errors.show(e, FORM);
    }
  }

  /** The address to enter in the platform's webhook settings. */
  public String address(String key) {
    return PublicAddress.of(settings, ENDPOINT + key);
  }

  public LeadSource[] getSources() {
    return LeadSource.values();
  }

  public List<LeadWebhookService.HookRow> getList() {
    return list;
  }

  public LeadWebhookForm getForm() {
    return form;
  }

  public String getSample() {
    return sample;
  }

  public void setSample(String sample) {
    this.sample = sample;
  }

  public List<Map.Entry<String, String>> getFound() {
    return found;
  }
}

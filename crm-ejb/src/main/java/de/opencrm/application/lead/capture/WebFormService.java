package de.opencrm.application.lead.capture;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.lead.capture.AllowedOrigins;
import de.opencrm.domain.lead.capture.WebForm;
import de.opencrm.domain.lead.capture.WebFormRepository;
import de.opencrm.domain.lead.capture.WebFormSnippet;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The company's web forms as the administrator keeps them (key, source, language, thank-you page,
 * the websites allowed to send them) with the HTML snippet for each; and, for the public endpoint,
 * what it needs to know of a form and whether a browser's origin may send leads at all.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@Permission(area = Area.ADMIN, operation = Operation.EDIT)
public class WebFormService {

  @Inject WebFormRepository forms;
  @Resource SessionContext context;

  /** What the endpoint uses of a configured form. */
  public record FormRules(
      String key, de.opencrm.domain.lead.LeadSource source, String thankYouUrl, boolean active) {}

  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public List<WebFormForm> listForms() {
    return forms.all().stream().map(WebFormService::formOf).toList();
  }

  /** Saves a form; its key must be unique. Returns its id. */
  public long saveForm(@NotNull @Valid WebFormForm edited) {
    List<String> origins = AllowedOrigins.parse(edited.getAllowedOrigins(), "allowedOrigins");
    String thankYou = edited.getThankYouUrl() == null ? null : edited.getThankYouUrl().strip();
    if (thankYou != null
        && !thankYou.isEmpty()
        && !(thankYou.startsWith("https://") || thankYou.startsWith("http://"))) {
      throw BusinessException.onField("thankYouUrl", "webForm.thankYouInvalid");
    }
    forms
        .findByKey(edited.getFormKey())
        .filter(other -> !other.getId().equals(edited.getId()))
        .ifPresent(
            other -> {
              throw BusinessException.onField("formKey", "webForm.keyTaken", other.getName());
            });
    Stamp stamp = Stamp.of(context);
    WebForm form;
    if (edited.isNew()) {
      form = new WebForm(edited.getFormKey());
    } else {
      form =
          forms
              .findById(edited.getId())
              .orElseThrow(() -> new BusinessException("webForm.notFound"));
      form.requireVersion(edited.getVersion());
    }
    form.describe(edited.getName(), edited.getSource(), edited.getLanguage(), thankYou);
    form.allowFrom(origins);
    form.activate(edited.isActive());
    if (edited.isNew()) {
      form.recordCreation(stamp.user(), stamp.at());
      forms.add(form);
    } else {
      form.recordModification(stamp.user(), stamp.at());
    }
    return form.getId();
  }

  @Permission(area = Area.ADMIN, operation = Operation.DELETE)
  public void deleteForm(long id, long version) {
    WebForm form = forms.findById(id).orElseThrow(() -> new BusinessException("webForm.notFound"));
    form.requireVersion(version);
    forms.remove(form);
  }

  /** The HTML to paste into the website, posting to the given endpoint address. */
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public String snippet(long id, @NotNull String endpoint) {
    WebForm form = forms.findById(id).orElseThrow(() -> new BusinessException("webForm.notFound"));
    return WebFormSnippet.html(form.getFormKey(), form.getLanguage(), endpoint);
  }

  /** The endpoint's view of a form key; empty for a key no form has. */
  @PermitAll
  public Optional<FormRules> rulesFor(@NotNull String key) {
    return forms
        .findByKey(key)
        .map(f -> new FormRules(f.getFormKey(), f.getSource(), f.getThankYouUrl(), f.isActive()));
  }

  /**
   * Whether a browser on this origin may send leads: yes when no active form names any origin
   * (nothing configured yet), otherwise only from an origin an active form names.
   */
  @PermitAll
  public boolean allowsOrigin(@NotNull String origin) {
    List<WebForm> active = forms.all().stream().filter(WebForm::isActive).toList();
    boolean anyNamed = active.stream().anyMatch(f -> !f.origins().isEmpty());
    String canonical = AllowedOrigins.canonical(origin).orElse(origin);
    return !anyNamed || active.stream().anyMatch(f -> f.allows(canonical));
  }

  private static WebFormForm formOf(WebForm f) {
    WebFormForm form = new WebFormForm();
    form.setId(f.getId());
    form.setVersion(f.getVersion());
    form.setFormKey(f.getFormKey());
    form.setName(f.getName());
    form.setSource(f.getSource());
    form.setLanguage(f.getLanguage());
    form.setThankYouUrl(f.getThankYouUrl());
    form.setAllowedOrigins(String.join(", ", f.origins()));
    form.setActive(f.isActive());
    return form;
  }
}

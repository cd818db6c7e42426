package de.opencrm.application.lead.capture;

import de.opencrm.application.common.Stamp;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.lead.LeadSource;
import de.opencrm.domain.lead.capture.LeadWebhook;
import de.opencrm.domain.lead.capture.LeadWebhookRepository;
import de.opencrm.domain.lead.capture.PayloadMapping;
import de.opencrm.domain.lead.capture.WebhookSignature;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lead webhooks of social networks and other platforms as the administrator connects them (key,
 * source, the generated secret that signs deliveries, where each lead field is found, a preview
 * with a sample delivery); and, for the public webhook endpoint, what it needs to know of a key.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@Permission(area = Area.ADMIN, operation = Operation.EDIT)
public class LeadWebhookService {

  @Inject LeadWebhookRepository hooks;
  @Resource SessionContext context;

  /** A webhook as the list shows it, with its secret for the platform's settings. */
  public record HookRow(
      long id,
      long version,
      String key,
      String name,
      LeadSource source,
      boolean active,
      String secret) {}

  /** What the endpoint uses of a webhook. */
  public record HookRules(
      String key, LeadSource source, String secret, PayloadMapping mapping, boolean active) {}

  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public List<HookRow> listHooks() {
    return hooks.all().stream()
        .map(
            h ->
                new HookRow(
                    h.getId(),
                    h.getVersion(),
                    h.getHookKey(),
                    h.getName(),
                    h.getSource(),
                    h.isActive(),
                    h.getSecret()))
        .toList();
  }

  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public LeadWebhookForm loadHook(long id) {
    LeadWebhook hook = find(id);
    LeadWebhookForm form = new LeadWebhookForm();
    form.setId(hook.getId());
    form.setVersion(hook.getVersion());
    form.setHookKey(hook.getHookKey());
    form.setName(hook.getName());
    form.setSource(hook.getSource());
    form.setMapping(hook.getMapping());
    form.setActive(hook.isActive());
    return form;
  }

  /** Saves a webhook, a new one with a new secret; the key must be unique. Returns its id. */
  public long saveHook(@NotNull @Valid LeadWebhookForm edited) {
    PayloadMapping mapping = checked(edited.getMapping());
    hooks
        .findByKey(edited.getHookKey())
        .filter(other -> !other.getId().equals(edited.getId()))
        .ifPresent(
            other -> {
              throw BusinessException.onField("hookKey", "webhook.keyTaken", other.getName());
            });
    Stamp stamp = Stamp.of(context);
    LeadWebhook hook;
    if (edited.isNew()) {
      hook = new LeadWebhook(edited.getHookKey(), WebhookSignature.newSecret());
    } else {
      hook = find(edited.getId());
      hook.requireVersion(edited.getVersion());
    }
    hook.describe(edited.getName(), edited.getSource(), mapping);
    hook.activate(edited.isActive());
    if (edited.isNew()) {
      hook.recordCreation(stamp.user(), stamp.at());
      hooks.add(hook);
    } else {
      hook.recordModification(stamp.user(), stamp.at());
    }
    return hook.getId();
  }

  /** A new secret, when the old one may have leaked; the platform needs the new one. */
  public void replaceSecret(long id, long version) {
    LeadWebhook hook = find(id);
    hook.requireVersion(version);
    hook.replaceSecret(WebhookSignature.newSecret());
    Stamp stamp = Stamp.of(context);
    hook.recordModification(stamp.user(), stamp.at());
  }

  @Permission(area = Area.ADMIN, operation = Operation.DELETE)
  public void deleteHook(long id, long version) {
    LeadWebhook hook = find(id);
    hook.requireVersion(version);
    hooks.remove(hook);
  }

  /** Which lead fields a mapping finds in a sample delivery, storing nothing. */
  @Permission(area = Area.ADMIN, operation = Operation.READ)
  public Map<String, String> preview(@NotNull String mapping, @NotNull JsonValue sample) {
    return checked(mapping).apply(sample);
  }

  /** The endpoint's view of a webhook key; empty for a key no webhook has. */
  @PermitAll
  public Optional<HookRules> rulesFor(@NotNull String key) {
    return hooks
        .findByKey(key)
        .map(
            h ->
                new HookRules(
                    h.getHookKey(),
                    h.getSource(),
                    h.getSecret(),
                    h.payloadMapping(),
                    h.isActive()));
  }

  private static PayloadMapping checked(String text) {
    PayloadMapping.Parsed parsed = PayloadMapping.parse(text);
    if (!parsed.valid()) {
      PayloadMapping.LineError first = parsed.errors().get(0);
      throw BusinessException.onField("mapping", first.reason(), first.line(), first.text());
    }
    return parsed.mapping();
  }

  private LeadWebhook find(long id) {
    return hooks.findById(id).orElseThrow(() -> new BusinessException("webhook.notFound"));
  }
}

package de.opencrm.domain.lead.capture;

import java.util.List;
import java.util.Optional;

/** The lead webhooks the administrator connected. */
public interface LeadWebhookRepository {

  List<LeadWebhook> all();

  Optional<LeadWebhook> findById(long id);

  Optional<LeadWebhook> findByKey(String key);

  void add(LeadWebhook hook);

  void remove(LeadWebhook hook);
}

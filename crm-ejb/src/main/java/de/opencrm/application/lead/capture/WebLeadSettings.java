package de.opencrm.application.lead.capture;

import de.opencrm.domain.lead.capture.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web-to-lead endpoint's settings (MicroProfile Config): submissions per client address and
 * minute, the page a visitor is sent to after posting a form that names none, and the CRM's public
 * address for the forms' HTML (crm.public-url).
 */
@ApplicationScoped
public class WebLeadSettings {

  /** Client addresses remembered for the limit; the least recently seen are forgotten first. */
  static final int TRACKED_CLIENTS = 10_000;

  @Inject
  @ConfigProperty(name = "crm.web-leads.per-minute", defaultValue = "20")
  int perMinute;

  @Inject
  @ConfigProperty(name = "crm.web-leads.thank-you-url")
  Optional<String> thankYouUrl;

  /** The CRM's address as the company's websites reach it, when it differs from the admin's. */
  @Inject
  @ConfigProperty(name = "crm.public-url")
  Optional<String> publicUrl;

  /**
   * Accepted submissions waiting to be written to the inbox at most; beyond them the endpoint
   * answers 503 with Retry-After.
   */
  @Inject
  @ConfigProperty(name = "crm.web-leads.waiting", defaultValue = "2000")
  int waiting;

  private RateLimiter limiter;

  @PostConstruct
  void init() {
    limiter = new RateLimiter(Math.max(1, perMinute), Duration.ofMinutes(1), TRACKED_CLIENTS);
  }

  /** How many accepted submissions may wait to be written to the inbox. */
  public int waiting() {
    return Math.max(1, waiting);
  }

  public RateLimiter limiter() {
    return limiter;
  }

  /** "https://crm.beispiel.de/crm", without a trailing slash; empty when not configured. */
  public Optional<String> publicUrl() {
    return publicUrl
        .map(String::strip)
        .filter(url -> url.startsWith("https://") || url.startsWith("http://"))
        .map(url -> url.replaceAll("/+$", ""));
  }

  public Optional<String> thankYouUrl() {
    return thankYouUrl.filter(url -> url.startsWith("https://") || url.startsWith("http://"));
  }
}

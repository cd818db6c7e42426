package de.opencrm.application.lead;

import de.opencrm.domain.lead.capture.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
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
   * Leads stored at the same time; more submissions wait for a turn. A few at once keep both cores
   * busy; many at once only make them queue for the CPU while the audit journal's chain is locked
   * (measured with WebLeadBenchmark). 0: twice the processors.
   */
  @Inject
  @ConfigProperty(name = "crm.web-leads.concurrent", defaultValue = "0")
  int concurrent;

  private RateLimiter limiter;
  private Semaphore turns;

  @PostConstruct
  void init() {
    limiter = new RateLimiter(Math.max(1, perMinute), Duration.ofMinutes(1), TRACKED_CLIENTS);
    turns =
        new Semaphore(
            concurrent > 0 ? concurrent : 2 * Runtime.getRuntime().availableProcessors(), true);
  }

  /** The turns to store a lead: taken before, given back after. */
  public Semaphore turns() {
    return turns;
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

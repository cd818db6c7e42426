package de.opencrm.application.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company's wall clock (crm.time-zone, default Europe/Berlin): users enter and read times in
 * it, the database keeps instants. Independent of the server's own zone, which is often UTC.
 */
@ApplicationScoped
public class CompanyTime {

  @Inject
  @ConfigProperty(name = "crm.time-zone", defaultValue = "Europe/Berlin")
  String timeZone;

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Instant now() {
    return Instant.now();
  }

  public LocalDate today() {
    return LocalDate.now(Clock.system(zone()));
  }

  /** Now on the company's clock, to the minute, as a form's default. */
  public LocalDateTime localNow() {
    return LocalDateTime.now(zone()).withSecond(0).withNano(0);
  }

  public Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(zone()).toInstant();
  }

  public LocalDateTime local(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
  }
}

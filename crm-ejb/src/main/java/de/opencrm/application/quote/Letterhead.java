package de.opencrm.application.quote;

import de.opencrm.integration.quote.QuoteLetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company that sends the quotes, as its letters name it (crm.company.*, MicroProfile Config),
 * and how long a quote binds by default (crm.quotes.valid-days).
 */
@ApplicationScoped
public class Letterhead {

  @Inject
  @ConfigProperty(name = "crm.company.name", defaultValue = "Muster Vertrieb GmbH")
  String name;

  @Inject
  @ConfigProperty(name = "crm.company.street", defaultValue = "Musterstraße 1")
  String street;

  @Inject
  @ConfigProperty(name = "crm.company.postal-code", defaultValue = "10115")
  String postalCode;

  @Inject
  @ConfigProperty(name = "crm.company.city", defaultValue = "Berlin")
  String city;

  @Inject
  @ConfigProperty(name = "crm.company.phone")
  Optional<String> phone;

  @Inject
  @ConfigProperty(name = "crm.company.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "crm.company.vat-id")
  Optional<String> vatId;

  @Inject
  @ConfigProperty(name = "crm.company.register")
  Optional<String> register;

  @Inject
  @ConfigProperty(name = "crm.company.managing-directors")
  Optional<String> managingDirectors;

  @Inject
  @ConfigProperty(name = "crm.company.bank")
  Optional<String> bank;

  @Inject
  @ConfigProperty(name = "crm.quotes.valid-days", defaultValue = "30")
  int validDays;

  public QuoteLetter.Sender sender() {
    return new QuoteLetter.Sender(
        name,
        street,
        postalCode,
        city,
        phone.orElse(null),
        email.orElse(null),
        vatId.orElse(null),
        register.orElse(null),
        managingDirectors.orElse(null),
        bank.orElse(null));
  }

  /** Days a new quote binds, at least one. */
  public int validDays() {
    return Math.max(1, validDays);
  }
}

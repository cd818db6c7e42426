package de.opencrm.domain.account;

import de.opencrm.domain.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/**
 * A postal address the German way: street and number, PLZ and city, Bundesland (or canton), country
 * (ISO code).
 */
@Embeddable
public class Address implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(length = 200)
  private String street;

  @Column(name = "postal_code", length = 10)
  private String postalCode;

  @Column(length = 100)
  private String city;

  @Column(length = 40)
  private String state;

  @Column(length = 2)
  private String country;

  public Address() {}

  public Address(String street, String postalCode, String city, String state, String country) {
    this.street = Texts.trimToNull(street);
    this.postalCode = Texts.trimToNull(postalCode);
    this.city = Texts.trimToNull(city);
    this.state = Texts.trimToNull(state);
    this.country =
        country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
  }

  public boolean isEmpty() {
    return street == null && postalCode == null && city == null;
  }

  public String getStreet() {
    return street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCity() {
    return city;
  }

  public String getState() {
    return state;
  }

  public String getCountry() {
    return country;
  }
}

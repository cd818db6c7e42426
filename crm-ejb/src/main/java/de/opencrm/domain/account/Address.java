package de.opencrm.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

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
    this.street = blankToNull(street);
    this.postalCode = blankToNull(postalCode);
    this.city = blankToNull(city);
    this.state = blankToNull(state);
    this.country = country == null || country.isBlank() ? null : country.strip().toUpperCase();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
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

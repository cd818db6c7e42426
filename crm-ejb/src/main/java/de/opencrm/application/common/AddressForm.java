package de.opencrm.application.common;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The postal address fields of a form: a company's billing address and a person's address (their
 * forms extend this), or an address on its own inside a form, such as a company's shipping address.
 */
public class AddressForm implements AddressFields, Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 200)
  private String street;

  @Size(max = 10)
  private String postalCode;

  @Size(max = 100)
  private String city;

  @Size(max = 40)
  private String state;

  @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{crm.account.country.pattern}")
  private String country;

  public AddressForm() {}

  /** An address whose country is filled in already ("DE" for a German company). */
  public AddressForm(String defaultCountry) {
    this.country = defaultCountry;
  }

  @Override
  public String getStreet() {
    return street;
  }

  @Override
  public void setStreet(String street) {
    this.street = street;
  }

  @Override
  public String getPostalCode() {
    return postalCode;
  }

  @Override
  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  @Override
  public String getCity() {
    return city;
  }

  @Override
  public void setCity(String city) {
    this.city = city;
  }

  @Override
  public String getState() {
    return state;
  }

  @Override
  public void setState(String state) {
    this.state = state;
  }

  @Override
  public String getCountry() {
    return country;
  }

  @Override
  public void setCountry(String country) {
    this.country = country;
  }
}

package de.opencrm.application.common;

import de.opencrm.domain.account.Address;
import de.opencrm.domain.account.PostalCodes;
import de.opencrm.domain.common.BusinessException;

/**
 * The postal address fields a form shares with every other form that has one (a company's billing
 * address, a person's address): filled from an {@link Address}, checked, turned into one.
 */
public interface AddressFields {

  String getStreet();

  void setStreet(String street);

  String getPostalCode();

  void setPostalCode(String postalCode);

  String getCity();

  void setCity(String city);

  String getState();

  void setState(String state);

  String getCountry();

  void setCountry(String country);

  default void showAddress(Address address) {
    setStreet(address.getStreet());
    setPostalCode(address.getPostalCode());
    setCity(address.getCity());
    setState(address.getState());
    setCountry(address.getCountry());
  }

  /** The address entered, refused next to the PLZ field when the PLZ does not fit the country. */
  default Address checkedAddress() {
    return checkedAddress("postalCode");
  }

  /** The same, for a form whose PLZ field has another id (a second address on one form). */
  default Address checkedAddress(String postalCodeField) {
    if (!PostalCodes.fits(getCountry(), getPostalCode())) {
      throw BusinessException.onField(postalCodeField, "account.postalCodeInvalid", getCountry());
    }
    return new Address(getStreet(), getPostalCode(), getCity(), getState(), getCountry());
  }
}

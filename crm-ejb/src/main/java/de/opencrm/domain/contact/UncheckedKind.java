package de.opencrm.domain.contact;

/** Why a value an import brought could not be checked, and was kept as written. */
public enum UncheckedKind {
  /** A phone number no country it was tried for knows. */
  PHONE,
  /** Not an e-mail address. */
  EMAIL,
  /** A country no ISO code was found for. */
  COUNTRY,
  /** A postal code that does not fit the format of its country. */
  POSTAL_CODE,
  /** Longer than its field holds: the field keeps what fits, or nothing. */
  TOO_LONG,
  /** The source named nobody: the name was taken from the formatted name or the e-mail address. */
  NAME_DERIVED
}

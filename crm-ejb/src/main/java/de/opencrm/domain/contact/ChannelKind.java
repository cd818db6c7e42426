package de.opencrm.domain.contact;

/** Where an e-mail address or phone number reaches a person (vCard's TYPE). */
public enum ChannelKind {
  WORK,
  HOME,
  MOBILE,
  FAX,
  OTHER
}

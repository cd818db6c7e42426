package de.opencrm.domain.admin;

/** What a role may do in an area of the permission matrix. */
public enum Operation {
  READ,
  CREATE,
  EDIT,
  DELETE,
  EXPORT
}

package de.opencrm.application.contact;

import java.io.Serializable;
import java.util.List;

/**
 * What a vCard import did: how many contacts and companies it created, every card it left out with
 * the reason (a message key and its arguments), and every value it kept unchecked on a person it
 * imported (a warning, in the same shape).
 */
public record CardImport(
    int read, int created, int accountsCreated, List<Problem> problems, List<Problem> warnings)
    implements Serializable {

  /** A card that was not imported, or a value kept unchecked: the card's number, name, and why. */
  public record Problem(int number, String name, String messageKey, List<String> arguments)
      implements Serializable {}

  public CardImport {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }
}

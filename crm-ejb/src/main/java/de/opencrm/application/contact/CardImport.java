package de.opencrm.application.contact;

import java.io.Serializable;
import java.util.List;

/**
 * What a vCard import did: how many contacts and companies it created, and every card it left out
 * with the reason (a message key and its arguments).
 */
public record CardImport(int read, int created, int accountsCreated, List<Problem> problems)
    implements Serializable {

  /** A card that was not imported: its number in the file, the name on it, and why. */
  public record Problem(int number, String name, String messageKey, List<String> arguments)
      implements Serializable {}

  public CardImport {
    problems = List.copyOf(problems);
  }
}

package de.opencrm.domain.ticket.assignment;

import java.util.Set;

/**
 * An agent of a queue as assignment sees them: away or not, how many tickets they hold against how
 * many they may, and the categories and languages they handle.
 */
public record Agent(
    long id,
    String name,
    boolean absent,
    int openTickets,
    int capacity,
    Set<String> categories,
    Set<String> languages) {

  public Agent {
    categories = Set.copyOf(categories);
    languages = Set.copyOf(languages);
  }

  /** Present and below capacity (a capacity of 0 means no limit). */
  public boolean available() {
    return !absent && (capacity <= 0 || openTickets < capacity);
  }

  /** How well the agent fits: 2 for category and language, 1 for one of them, 0 for neither. */
  int fit(String category, String language) {
    int score = 0;
    if (category != null && categories.contains(category)) {
      score++;
    }
    if (language != null && languages.contains(language)) {
      score++;
    }
    return score;
  }
}

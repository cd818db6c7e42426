package de.opencrm.domain.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A number range (Nummernkreis), one per kind of document, counting from 1 each calendar year. Read
 * under a write lock, so two quotes made at once take consecutive numbers and a rolled back one
 * gives its number back.
 */
@Entity
@Table(name = "crm_number_range")
public class NumberRange {

  /** The range of quote numbers. */
  public static final String QUOTE = "QUOTE";

  /** The range of ticket numbers. */
  public static final String TICKET = "TICKET";

  /** A number taken from a range: the year and its place in the year. */
  public record Taken(int year, long sequence) {}

  @Id
  @Column(length = 20)
  private String name;

  @Column(name = "range_year", nullable = false)
  private int year;

  @Column(name = "last_number", nullable = false)
  private long lastNumber;

  protected NumberRange() {}

  public NumberRange(String name, int year, long lastNumber) {
    this.name = name;
    this.year = year;
    this.lastNumber = lastNumber;
  }

  /** The next number on the day, the year's first when the year has changed. */
  public Taken next(LocalDate day) {
    if (day.getYear() != year) {
      year = day.getYear();
      lastNumber = 0;
    }
    lastNumber++;
    return new Taken(year, lastNumber);
  }

  public String getName() {
    return name;
  }
}

package de.opencrm.integration.erp;

import java.util.Map;

/**
 * What checking a whole file found: how many records it holds, why it cannot be used at all (not
 * well-formed, wrong encoding, truncated, a column missing: {@link #fatal}), and the records
 * refused on their own (by ordinal), which the reconciliation passes over.
 */
public record ErpFileCheck(long records, Problem fatal, Map<Long, Refusal> refused) {

  /** What makes a whole file unusable, and where the parser found it. */
  public record Problem(Code code, String detail) {}

  /** Why one record is refused: on which line it starts, its key if it has one. */
  public record Refusal(long line, String key, Code code, String detail) {}

  /** The reasons, shown in the user's language by the job monitor. */
  public enum Code {
    /** Not well-formed XML, or broken off before its end. */
    MALFORMED,
    /** Bytes that are not the declared (XML) or required (CSV: UTF-8) encoding. */
    ENCODING,
    /** The XML root element or namespace is not the kind's. */
    WRONG_ROOT,
    /** The CSV header lacks a field of the kind. */
    MISSING_COLUMNS,
    /** More records refused than the run allows. */
    TOO_MANY_REFUSED,
    /** The record breaks the schema (a field missing, too long, not a number or date ...). */
    SCHEMA,
    /** A CSV line with more or fewer values than the header. */
    COLUMNS,
    /** The record's key occurs earlier in the same file. */
    DUPLICATE,
    /** A field's value the CRM cannot take (checked when applied). */
    INVALID,
    /** The record refers to something unknown (an invoice of a debtor the ERP never delivered). */
    UNKNOWN_REFERENCE
  }

  public ErpFileCheck {
    refused = Map.copyOf(refused);
  }

  public boolean usable() {
    return fatal == null;
  }
}

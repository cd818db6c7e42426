package de.opencrm.domain.document;

import java.io.InputStream;

/**
 * Where the bytes of documents are kept, outside the web root and outside the database; the
 * database keeps each document's key, size and checksum.
 */
public interface DocumentStore {

  /**
   * Keeps the content under a new key. Nothing is left behind when reading the content fails or
   * throws (for example when it turns out too large).
   */
  StoredFile store(InputStream content);

  /** The content kept under the key; the caller closes it. */
  InputStream open(String key);

  /** Removes the content; returns whether there was any. */
  boolean delete(String key);

  /** What was kept: under which key, how many bytes, their SHA-256 in hex. */
  record StoredFile(String key, long size, String sha256) {}
}

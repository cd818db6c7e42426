package de.opencrm.application.document;

import java.io.InputStream;

/** A document to download: its name and type for the browser, and its content (close it). */
public record DocumentFile(String fileName, String contentType, long size, InputStream content) {}

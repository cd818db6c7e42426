/**
 * Documents filed on a company or person: what may be uploaded (type, size, a safe file name), the
 * metadata row, and the port to where the bytes are kept, outside the web root.
 */
package de.opencrm.domain.document;

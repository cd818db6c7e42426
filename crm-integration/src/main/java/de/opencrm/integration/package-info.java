/**
 * Adapters to the world outside the CRM: ERP exchange files and APIs, mail, website and social
 * payloads, and the vCard, CSV and XML formats. Classes here map between those formats and plain
 * Java values; they know nothing of JPA or Faces, so they can be tested without a server and reused
 * by the batch and web modules.
 */
package de.opencrm.integration;

package de.opencrm.infrastructure.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

/**
 * The one {@link FieldCipher} of the running server, for the JPA converters (which the persistence
 * provider creates itself) and the migrations. Its keys come from the system property {@code
 * crm.field.keys}, which wildfly-config sets from CRM_FIELD_KEYS or from WildFly's credential
 * store; without it (the embedded demo) a key is generated once into the server's data folder.
 */
public final class FieldKeys {

  private static final Logger LOG = Logger.getLogger(FieldKeys.class.getName());
  private static volatile FieldCipher cipher;

  private FieldKeys() {}

  public static FieldCipher cipher() {
    FieldCipher current = cipher;
    if (current == null) {
      synchronized (FieldKeys.class) {
        if (cipher == null) {
          cipher = FieldCipher.of(configured());
        }
        current = cipher;
      }
    }
    return current;
  }

  private static String configured() {
    String keys = System.getProperty("crm.field.keys", "").strip();
    if (!keys.isEmpty()) {
      return keys;
    }
    String dataDir =
        System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    Path file = Path.of(dataDir, "crm", "field.keys");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, FieldCipher.newKey("local"), StandardCharsets.US_ASCII);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the folder's own permissions protect it
        }
        LOG.warning(
            "No CRM_FIELD_KEYS configured: generated a field encryption key in "
                + file
                + ". Fine for a demo; in production configure the key (wildfly-config/README.md).");
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("the field encryption key cannot be read or written", e);
    }
  }
}

package de.opencrm.infrastructure.document;

import de.opencrm.domain.document.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps documents as files under crm.documents.dir (default: the server's data folder), one folder
 * per month, each file named by a random UUID so nothing a user typed ever becomes a path. A file
 * is written to a temporary name and moved into place only when complete.
 */
@ApplicationScoped
public class FileDocumentStore implements DocumentStore {

  private static final Pattern KEY = Pattern.compile("\\d{4}/\\d{2}/[0-9a-f-]{36}");

  @Inject
  @ConfigProperty(name = "crm.documents.dir")
  Optional<String> configuredDir;

  @Override
  public StoredFile store(InputStream content) {
    YearMonth month = YearMonth.now();
    String key =
        String.format("%04d/%02d/%s", month.getYear(), month.getMonthValue(), UUID.randomUUID());
    Path target = resolve(key);
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      Files.createDirectories(target.getParent());
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      long size;
      try (InputStream in = new DigestInputStream(content, sha256);
          OutputStream out = Files.newOutputStream(partial)) {
        size = in.transferTo(out);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    } finally {
      deleteQuietly(partial);
    }
  }

  @Override
  public InputStream open(String key) {
    try {
      return Files.newInputStream(resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean delete(String key) {
    try {
      return Files.deleteIfExists(resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path resolve(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a document key: " + key);
    }
    return root().resolve(key);
  }

  private Path root() {
    if (configuredDir.isPresent()) {
      return Path.of(configuredDir.get());
    }
    String data = System.getProperty("jboss.server.data.dir", ".");
    return Path.of(data, "crm-documents");
  }

  private static void deleteQuietly(Path partial) {
    try {
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      // the partial file of a failed upload is harmless; the next upload gets a new name
    }
  }
}

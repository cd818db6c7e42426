package de.opencrm.application.erp;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.domain.erp.ErpRecordLog;
import de.opencrm.domain.erp.ErpRunRepository;
import de.opencrm.integration.erp.ErpFileCheck;
import de.opencrm.integration.erp.ErpFileChecker;
import de.opencrm.integration.erp.ErpFilePiece;
import de.opencrm.integration.erp.ErpKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first step of a run: the ERP's files taken from the inbound folder, each checked as a whole
 * and kept with its checksum; and the inbound folder as administrators fill it.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.EDIT)
public class ErpReceiveService {

  /** Records a file may have refused before the whole file is refused instead. */
  @Inject
  @ConfigProperty(name = "crm.erp.refused-per-file", defaultValue = "10000")
  int refusedPerFile;

  /** Pieces a large XML file is schema-checked in, side by side: about the cores to spend. */
  @Inject
  @ConfigProperty(name = "crm.erp.check-pieces", defaultValue = "2")
  int checkPieces;

  @Inject ErpRunRepository runs;
  @Inject ErpRecordLog log;
  @Inject ErpFolders folders;
  @Inject CompanyTime time;
  @Resource ManagedExecutorService executor;

  /**
   * Takes the files of a run from the inbound folder (all it holds when none are named): each is
   * checked as a whole, once, and kept with its checksum; a file applied before is passed over. A
   * restarted run finds its files as they were. Every file's check and checksum start at once, each
   * on a thread of its own (the debtors' schema check, the longest, does not wait for the
   * checksums), a large XML file's check in pieces side by side (joined, they find what checking it
   * whole finds); the check of a file found applied before is thrown away.
   */
  public List<ErpFile> receive(long run, List<String> names) {
    List<ErpFile> known = runs.files(run);
    if (!known.isEmpty()) {
      return known;
    }
    List<String> chosen = names.isEmpty() ? inboundFiles() : names;
    List<Path> paths = chosen.stream().map(this::inboundFile).toList();
    ErpFileChecker checker = new ErpFileChecker(refusedPerFile);
    SideBySide work = new SideBySide(executor);
    List<List<Future<ErpFileChecker.PieceCheck>>> checking = new ArrayList<>();
    for (Path path : paths) {
      checking.add(work.startEach(pieces(checker, path), checker::check));
    }
    List<String> sums = work.answers(work.startEach(paths, ErpReceiveService::checksum));
    Instant now = time.now();
    List<ErpFile> received = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      Path path = paths.get(i);
      ErpFile file =
          new ErpFile(
              run, path.getFileName().toString(), kindOf(path), sums.get(i), size(path), now);
      Optional<ErpFile> applied = runs.appliedBefore(file.getChecksum());
      if (applied.isPresent()) {
        file.duplicateOf(applied.get());
        checking.get(i).forEach(piece -> piece.cancel(true));
      }
      received.add(file);
    }
    // kept in the order they were named
    for (int i = 0; i < received.size(); i++) {
      ErpFile file = received.get(i);
      if (file.getStatus() == ErpFile.Status.DUPLICATE) {
        runs.add(file);
      } else {
        store(file, joined(checker, paths.get(i), work.answers(checking.get(i))));
      }
    }
    return received;
  }

  /** The files waiting in the inbound folder, by kind, then name. */
  public List<String> inboundFiles() {
    Path inbound = folders.inbound();
    if (!Files.isDirectory(inbound)) {
      return List.of();
    }
    try (var listed = Files.list(inbound)) {
      return listed
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> ErpKind.ofFileName(n).isPresent())
          .sorted(
              Comparator.comparing((String n) -> ErpKind.ofFileName(n).orElseThrow())
                  .thenComparing(n -> n))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts a file an administrator uploaded into the inbound folder under its name, whole or not at
   * all (written beside it, then moved); refused when the name says no kind of ERP file or names
   * another folder, or a file of that name is waiting already.
   */
  public void deposit(@NotNull String name, @NotNull InputStream content) {
    Path inbound = folders.inbound();
    if (ErpKind.ofFileName(name).isEmpty()
        || name.contains("/")
        || name.contains("\\")
        || name.startsWith(".")) {
      throw new BusinessException("erp.upload.badName", name);
    }
    Path target = inbound.resolve(name);
    try {
      Files.createDirectories(inbound);
      if (Files.exists(target)) {
        throw new BusinessException("erp.upload.exists", name);
      }
      Path partial = Files.createTempFile(inbound, ".upload-", ".part");
      try {
        Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a received file lies while its run applies it. */
  public Path inboundPath(ErpFile file) {
    return folders.inbound().resolve(file.getName());
  }

  /** The kind of a file in the inbound folder (its name said one when it was chosen). */
  private static ErpKind kindOf(Path file) {
    return ErpKind.ofFileName(file.getFileName().toString()).orElseThrow();
  }

  /** The pieces a file is checked in, side by side (a large XML file in several). */
  private List<ErpFilePiece> pieces(ErpFileChecker checker, Path path) {
    try {
      return checker.pieces(path, kindOf(path), Math.max(1, checkPieces));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pieces' findings joined; the whole file checked again when a piece was unusable. */
  private static ErpFileCheck joined(
      ErpFileChecker checker, Path path, List<ErpFileChecker.PieceCheck> pieces) {
    return checker
        .join(pieces)
        .orElseGet(
            () -> {
              try {
                return checker.check(path, kindOf(path));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private Path inboundFile(String name) {
    Path file = folders.inbound().resolve(name).normalize();
    if (!file.getParent().equals(folders.inbound().normalize())
        || ErpKind.ofFileName(name).isEmpty()
        || !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("not an ERP file in the inbound folder: " + name);
    }
    return file;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps a checked file; the records its check refused are recorded when the file is usable. */
  private void store(ErpFile received, ErpFileCheck check) {
    received.checked(check);
    runs.add(received);
    runs.flush();
    if (check.usable()) {
      check
          .refused()
          .forEach(
              (ordinal, refusal) ->
                  log.refuse(
                      received.getId(),
                      ordinal,
                      refusal.line(),
                      refusal.key(),
                      refusal.code(),
                      refusal.detail()));
    }
  }

  private static String checksum(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}

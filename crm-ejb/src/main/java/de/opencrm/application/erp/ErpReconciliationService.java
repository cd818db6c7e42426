package de.opencrm.application.erp;

import de.opencrm.application.common.CompanyTime;
import de.opencrm.domain.account.Account;
import de.opencrm.domain.account.Address;
import de.opencrm.domain.admin.Area;
import de.opencrm.domain.admin.Operation;
import de.opencrm.domain.admin.Permission;
import de.opencrm.domain.admin.Role;
import de.opencrm.domain.common.BusinessException;
import de.opencrm.domain.duplicate.DuplicateCandidates;
import de.opencrm.domain.duplicate.MatchReason;
import de.opencrm.domain.erp.CrmCompany;
import de.opencrm.domain.erp.DebtorMatch;
import de.opencrm.domain.erp.DebtorMatcher;
import de.opencrm.domain.erp.ErpDebtor;
import de.opencrm.domain.erp.ErpDiscrepancy;
import de.opencrm.domain.erp.ErpFile;
import de.opencrm.domain.erp.ErpInvoice;
import de.opencrm.domain.erp.ErpLine;
import de.opencrm.domain.erp.ErpMirror;
import de.opencrm.domain.erp.ErpOpenItem;
import de.opencrm.domain.erp.ErpOwnership;
import de.opencrm.domain.erp.ErpRecordInvalid;
import de.opencrm.integration.erp.ErpFileCheck;
import de.opencrm.integration.erp.ErpFileChecker;
import de.opencrm.integration.erp.ErpKind;
import de.opencrm.integration.erp.ErpNewCustomersWriter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
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
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies what the ERP delivers, a chunk at a time in the chunk's transaction, for the job
 * erp-reconciliation (its technical identity) and administrators. Every step compares before it
 * writes: a record delivered again unchanged changes nothing, so running the same files twice or
 * restarting a run after a crash ends where an uninterrupted run would.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.INTEGRATION})
@Permission(area = Area.ERP, operation = Operation.EDIT)
public class ErpReconciliationService {

  /** Records a file may have refused before the whole file is refused instead. */
  public static final int MAX_REFUSED_PER_FILE = 10_000;

  /** Companies reported as no longer delivered per run, at most. */
  private static final int MISSING_REPORTED = 10_000;

  private static final int SIMILAR_CANDIDATES = 10;

  /**
   * Ranges the figures of a run's end are summed in, side by side: about one per core the database
   * may spend on the run.
   */
  @Inject
  @ConfigProperty(name = "crm.erp.figures-in-parallel", defaultValue = "2")
  int figuresInParallel;

  @PersistenceContext EntityManager em;
  @Inject ErpMirror mirror;
  @Inject DuplicateCandidates candidates;
  @Inject ErpFolders folders;
  @Inject CompanyTime time;
  @Inject ErpRunService runs;
  @Resource ManagedExecutorService executor;
  @Resource SessionContext context;

  private final DebtorMatcher matcher = new DebtorMatcher();

  /**
   * Takes the files of a run from the inbound folder (all it holds when none are named): each is
   * checked as a whole, once, and kept with its checksum; a file applied before is passed over. A
   * restarted run finds its files as they were. Every file's check and checksum start at once, each
   * on a thread of its own (the debtors' schema check, the longest, does not wait for the
   * checksums), a large XML file's check in two pieces side by side (joined, they find what
   * checking it whole finds); the check of a file found applied before is thrown away.
   */
  public List<ErpFile> receive(long run, List<String> names) {
    List<ErpFile> known = files(run);
    if (!known.isEmpty()) {
      return known;
    }
    List<String> chosen = names.isEmpty() ? inboundFiles() : names;
    List<Path> paths = chosen.stream().map(this::inboundFile).toList();
    ErpFileChecker checker = new ErpFileChecker(MAX_REFUSED_PER_FILE);
    List<List<Future<ErpFileChecker.PieceCheck>>> checking = new ArrayList<>();
    for (Path path : paths) {
      checking.add(startEach(pieces(checker, path), checker::check));
    }
    List<Future<String>> summing = startEach(paths, ErpReconciliationService::checksum);
    List<List<? extends Future<?>>> all = new ArrayList<>(checking);
    all.add(summing);
    List<String> sums = answers(summing, all);
    Instant now = time.now();
    List<ErpFile> received = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      Path path = paths.get(i);
      String name = path.getFileName().toString();
      ErpKind kind = kindOf(path);
      ErpFile file = new ErpFile(run, name, kind, sums.get(i), size(path), now);
      Optional<ErpFile> applied = appliedBefore(file.getChecksum());
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
        em.persist(file);
      } else {
        store(file, joined(checker, paths.get(i), answers(checking.get(i), all)));
      }
    }
    return received;
  }

  /** The kind of a file in the inbound folder (its name said one when it was chosen). */
  private static ErpKind kindOf(Path file) {
    return ErpKind.ofFileName(file.getFileName().toString()).orElseThrow();
  }

  /** The pieces a file is checked in, side by side (a large XML file in two). */
  private static List<ErpFileChecker.Piece> pieces(ErpFileChecker checker, Path path) {
    try {
      return checker.pieces(path, kindOf(path), 2);
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

  /** The files waiting in the inbound folder, by name. */
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

  private Optional<ErpFile> appliedBefore(String checksum) {
    return em.createQuery(
            "SELECT f FROM ErpFile f WHERE f.checksum = :sum AND f.status = :applied",
            ErpFile.class)
        .setParameter("sum", checksum)
        .setParameter("applied", ErpFile.Status.APPLIED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Keeps a checked file; the records its check refused are recorded when the file is usable. */
  private void store(ErpFile received, ErpFileCheck check) {
    received.checked(check);
    em.persist(received);
    em.flush();
    if (check.usable()) {
      check
          .refused()
          .forEach(
              (ordinal, refusal) ->
                  mirror.refuse(
                      received.getId(),
                      ordinal,
                      refusal.line(),
                      refusal.key(),
                      refusal.code(),
                      refusal.detail()));
    }
  }

  /** What reading a file, or a piece of one, answers. */
  private interface FileReading<F, T> {
    T read(F file) throws IOException;
  }

  /**
   * Starts reading each file (or piece) on a managed thread of its own (the run's files are large
   * and few), answers in the files' order.
   */
  private <F, T> List<Future<T>> startEach(List<F> files, FileReading<F, T> reading) {
    List<Future<T>> pending = new ArrayList<>();
    for (F file : files) {
      pending.add(executor.submit(() -> reading.read(file)));
    }
    return pending;
  }

  /** Waits for all answers; on the first failure every reading still going on is cancelled. */
  private static <T> List<T> answers(List<Future<T>> pending, List<List<? extends Future<?>>> all) {
    List<T> answers = new ArrayList<>();
    for (Future<T> one : pending) {
      answers.add(answer(one, all));
    }
    return answers;
  }

  private static <T> T answer(Future<T> pending, List<List<? extends Future<?>>> all) {
    try {
      return pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      all.forEach(futures -> futures.forEach(f -> f.cancel(true)));
      throw new IllegalStateException("interrupted while reading the ERP's files", e);
    } catch (ExecutionException e) {
      all.forEach(futures -> futures.forEach(f -> f.cancel(true)));
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
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

  public List<ErpFile> files(long run) {
    return runs.files(run);
  }

  public Path inboundPath(ErpFile file) {
    return folders.inbound().resolve(file.getName());
  }

  public Set<Long> refusedOrdinals(long fileId) {
    return mirror.refusedOrdinals(fileId);
  }

  /** Keeps, with the chunk, how many records of each file a partition has read. */
  public void progress(Map<Long, Long> readByFile, int part) {
    readByFile.forEach((file, records) -> mirror.progress(file, part, records));
  }

  /** Records a record refused when applied (a field the CRM cannot take). */
  public void refuse(long fileId, long ordinal, long line, String key, ErpRecordInvalid why) {
    if (mirror.refuse(fileId, ordinal, line, key, why.code(), why.detail())) {
      mirror.refusedWhenApplied(fileId);
    }
  }

  /**
   * Applies a chunk of debtors: unchanged ones are only noted as delivered; the others are matched
   * to their company, the ERP's fields applied to it, and what does not fit recorded.
   */
  public int applyDebtors(long run, List<ErpDebtor> debtors) {
    Instant now = time.now();
    Map<String, ErpDebtor> byNumber = index(debtors, ErpDebtor::debtorNumber);
    Map<String, ErpMirror.DebtorRow> stored = mirror.debtors(byNumber.keySet());
    List<String> unchanged = new ArrayList<>();
    List<ErpDebtor> changed = new ArrayList<>();
    for (ErpDebtor debtor : byNumber.values()) {
      ErpMirror.DebtorRow row = stored.get(debtor.debtorNumber());
      if (row != null && row.hash().equals(debtor.hash()) && row.accountId() != null) {
        unchanged.add(debtor.debtorNumber());
      } else {
        changed.add(debtor);
      }
    }
    mirror.seen(run, unchanged);
    if (changed.isEmpty()) {
      return 0;
    }
    Map<String, CrmCompany> companies =
        mirror.companiesByDebtorNumber(changed.stream().map(ErpDebtor::debtorNumber).toList());
    Map<String, List<CrmCompany>> byVat =
        mirror.companiesByVatId(
            changed.stream()
                .filter(d -> !companies.containsKey(d.debtorNumber()) && d.vatId() != null)
                .map(ErpDebtor::vatId)
                .collect(Collectors.toSet()));
    // decisions matter only to debtors no company carries the number of
    Decisions decisions =
        decisions(
            changed.stream()
                .map(ErpDebtor::debtorNumber)
                .filter(n -> !companies.containsKey(n))
                .toList());
    Findings findings = new Findings(run);
    List<ErpDebtor> inserts = new ArrayList<>();
    List<ErpDebtor> updates = new ArrayList<>();
    List<DebtorMatch> matches = new ArrayList<>();
    List<ErpOwnership.Plan> plans = new ArrayList<>();
    for (ErpDebtor debtor : changed) {
      DebtorMatch match = matcher.match(debtor, candidatesFor(debtor, companies, byVat, decisions));
      matches.add(match);
      plans.add(match.linked() ? ErpOwnership.plan(debtor, match.company()) : null);
    }
    loadCompaniesToChange(matches, plans);
    for (int i = 0; i < changed.size(); i++) {
      ErpDebtor debtor = changed.get(i);
      DebtorMatch match = matches.get(i);
      if (match.linked()) {
        apply(debtor, match, plans.get(i), findings);
      }
      if (match.kind() == DebtorMatch.Kind.PROPOSED) {
        findings
            .add(
                ErpDiscrepancy.Kind.PROPOSED_MATCH,
                debtor.debtorNumber(),
                match.company().id(),
                null,
                debtor.name(),
                match.company().name())
            .scored(
                match.score(),
                match.reasons().stream().map(MatchReason::name).collect(Collectors.joining(",")));
      } else if (match.kind() == DebtorMatch.Kind.NONE) {
        findings.add(
            ErpDiscrepancy.Kind.UNKNOWN_DEBTOR,
            debtor.debtorNumber(),
            null,
            null,
            debtor.name(),
            null);
      } else if (stored.containsKey(debtor.debtorNumber())
          && stored.get(debtor.debtorNumber()).accountId() == null) {
        // only a debtor stored without its company can have an open unknown or proposal entry
        findings.resolved.add(debtor.debtorNumber());
      }
      (stored.containsKey(debtor.debtorNumber()) ? updates : inserts).add(debtor);
    }
    mirror.insertDebtors(run, inserts, now);
    mirror.updateDebtors(run, updates, now);
    findings.store();
    // the companies' changes last, still inside this call (a company another partition changed at
    // the same time fails here, as a retryable rollback of the chunk): writing them appends their
    // audit entries, which holds the audit chain for every other writer until the chunk commits
    em.flush();
    return changed.size();
  }

  /**
   * Loads the companies that take a debtor number or the ERP's address in a few queries, so
   * applying a chunk does not fetch them one by one.
   */
  private void loadCompaniesToChange(List<DebtorMatch> matches, List<ErpOwnership.Plan> plans) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      DebtorMatch match = matches.get(i);
      if (match.linked() && (match.links() || plans.get(i).addressChanges())) {
        ids.add(match.company().id());
      }
    }
    for (int from = 0; from < ids.size(); from += 1000) {
      em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .getResultList();
    }
  }

  private DebtorMatcher.Candidates candidatesFor(
      ErpDebtor debtor,
      Map<String, CrmCompany> companies,
      Map<String, List<CrmCompany>> byVat,
      Decisions decisions) {
    Optional<CrmCompany> byNumber = Optional.ofNullable(companies.get(debtor.debtorNumber()));
    Optional<CrmCompany> byCrmId =
        byNumber.isPresent() || debtor.crmId() == null
            ? Optional.empty()
            : Optional.ofNullable(company(debtor.crmId()));
    Optional<CrmCompany> confirmed =
        byNumber.isPresent()
            ? Optional.empty()
            : Optional.ofNullable(decisions.confirmed.get(debtor.debtorNumber()))
                .map(this::company);
    List<CrmCompany> sameVat =
        debtor.vatId() == null ? List.of() : byVat.getOrDefault(debtor.vatId(), List.of());
    List<CrmCompany> similar =
        byNumber.isPresent() || byCrmId.isPresent() || confirmed.isPresent() || !sameVat.isEmpty()
            ? List.of()
            : similarTo(debtor);
    return new DebtorMatcher.Candidates(
        byNumber,
        byCrmId,
        confirmed,
        sameVat,
        similar,
        decisions.rejected.getOrDefault(debtor.debtorNumber(), Set.of()));
  }

  private List<CrmCompany> similarTo(ErpDebtor debtor) {
    return candidates.companiesLike(debtor.facts(), SIMILAR_CANDIDATES).stream()
        .map(
            f ->
                new CrmCompany(
                    f.id(),
                    f.name(),
                    f.vatId(),
                    f.erpNumber(),
                    f.street(),
                    f.postalCode(),
                    f.city(),
                    null))
        .toList();
  }

  private CrmCompany company(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null || account.isMerged()) {
      return null;
    }
    Address billing = account.getBillingAddress();
    return new CrmCompany(
        account.getId(),
        account.getName(),
        account.getVatId(),
        account.getErpDebtorNumber(),
        billing.getStreet(),
        billing.getPostalCode(),
        billing.getCity(),
        billing.getCountry());
  }

  /**
   * Applies the ERP's fields to the debtor's company by its plan; a company linked now takes the
   * debtor's number, which is what links the mirrored debtor to it.
   */
  private void apply(
      ErpDebtor debtor, DebtorMatch match, ErpOwnership.Plan plan, Findings findings) {
    CrmCompany company = match.company();
    if (match.links() || plan.addressChanges()) {
      Account account = em.find(Account.class, company.id());
      if (match.links()) {
        if (account.getErpDebtorNumber() != null
            && !account.getErpDebtorNumber().equals(debtor.debtorNumber())) {
          // another partition linked it between the match and this load: the chunk runs again
          // and matches on what is committed now
          throw new OptimisticLockException(null, null, account);
        }
        account.takeErpNumber(debtor.debtorNumber());
      }
      if (plan.addressChanges()) {
        Address billing = account.getBillingAddress();
        account.locate(
            new Address(
                plan.street(), plan.postalCode(), plan.city(), billing.getState(), plan.country()),
            account.getShippingAddress());
      }
    }
    for (ErpOwnership.Conflict conflict : plan.conflicts()) {
      findings.add(
          ErpDiscrepancy.Kind.CONFLICT,
          debtor.debtorNumber(),
          company.id(),
          conflict.field(),
          conflict.erpValue(),
          conflict.crmValue());
    }
  }

  /** Applies a chunk of invoices; one of a debtor the ERP never delivered is refused. */
  public int applyInvoices(List<ErpLine<ErpInvoice>> lines) {
    Set<String> known =
        mirror.knownDebtors(
            lines.stream().map(l -> l.record().debtorNumber()).collect(Collectors.toSet()));
    List<ErpInvoice> invoices = new ArrayList<>();
    for (ErpLine<ErpInvoice> line : lines) {
      if (known.contains(line.record().debtorNumber())) {
        invoices.add(line.record());
      } else {
        refuse(
            line.fileId(),
            line.ordinal(),
            line.line(),
            line.record().invoiceNumber(),
            new ErpRecordInvalid(
                ErpFileCheck.Code.UNKNOWN_REFERENCE,
                "debtorNumber \"" + line.record().debtorNumber() + "\": no such debtor"));
      }
    }
    Map<String, ErpInvoice> byNumber = index(invoices, ErpInvoice::invoiceNumber);
    Map<String, ErpMirror.StoredLine> stored = mirror.invoices(byNumber.keySet());
    List<ErpInvoice> inserts = new ArrayList<>();
    List<ErpInvoice> updates = new ArrayList<>();
    Set<String> stale = new HashSet<>();
    for (ErpInvoice invoice : byNumber.values()) {
      ErpMirror.StoredLine before = stored.get(invoice.invoiceNumber());
      if (before == null) {
        inserts.add(invoice);
        stale.add(invoice.debtorNumber());
      } else if (!before.hash().equals(invoice.hash())) {
        updates.add(invoice);
        stale.add(invoice.debtorNumber());
        // moved to another debtor: the one it counted for before is summed again, too
        stale.add(before.debtorNumber());
      }
    }
    mirror.insertInvoices(inserts);
    mirror.updateInvoices(updates);
    mirror.figuresStale(stale);
    return inserts.size() + updates.size();
  }

  /** Which of these debtor numbers the ERP has delivered at some time. */
  public Set<String> knownDebtors(Collection<String> debtorNumbers) {
    return mirror.knownDebtors(debtorNumbers);
  }

  /** Applies a chunk of open items (a snapshot: those not delivered again go when the run ends). */
  public int applyOpenItems(long run, List<ErpOpenItem> items) {
    Map<String, ErpOpenItem> byNumber = index(items, ErpOpenItem::documentNumber);
    Map<String, ErpMirror.StoredLine> stored = mirror.openItems(byNumber.keySet());
    List<ErpOpenItem> inserts = new ArrayList<>();
    List<ErpOpenItem> updates = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Set<String> stale = new HashSet<>();
    for (ErpOpenItem item : byNumber.values()) {
      ErpMirror.StoredLine before = stored.get(item.documentNumber());
      if (before == null) {
        inserts.add(item);
        stale.add(item.debtorNumber());
      } else if (!before.hash().equals(item.hash())) {
        updates.add(item);
        stale.add(item.debtorNumber());
        stale.add(before.debtorNumber());
      } else {
        unchanged.add(item.documentNumber());
      }
    }
    mirror.insertOpenItems(run, inserts);
    mirror.updateOpenItems(run, updates);
    mirror.openItemsSeen(run, unchanged);
    mirror.figuresStale(stale);
    return inserts.size() + updates.size();
  }

  /**
   * Begins the end of a run, in a transaction of its own that commits before {@link #finish}: open
   * items no longer delivered go (when the run had an open items file), and the debtors whose
   * revenue and open items are summed again are collected, split into ranges summed side by side.
   * Restarted, it drops nothing twice and collects what is still due.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Closing close(long run) {
    int dropped = applied(files(run), ErpKind.OPEN_ITEMS) ? mirror.dropOpenItemsNotSeen(run) : 0;
    return new Closing(dropped, mirror.figuresDue(time.today(), Math.max(1, figuresInParallel)));
  }

  /** What {@link #close} did and left to sum. */
  public record Closing(int openItemsDropped, ErpMirror.FiguresDue figuresDue) {}

  /**
   * Ends a run: the due figures are summed, each range in a transaction of its own on a managed
   * thread, while companies whose debtor the debtor file lacked are reported (when the run had
   * one); then the applied files are marked with where they were archived.
   */
  public RunResult finish(long run, Closing closing, Map<Long, String> archivedAs) {
    ErpMirror.FiguresDue due = closing.figuresDue();
    ErpReconciliationService self = context.getBusinessObject(ErpReconciliationService.class);
    List<Future<Integer>> summing = new ArrayList<>();
    for (ErpMirror.NumberRange range : due.ranges()) {
      summing.add(executor.submit(() -> self.sumFigures(due, range)));
    }
    List<ErpFile> files = files(run);
    int missing = 0;
    try {
      if (applied(files, ErpKind.DEBTORS)) {
        missing = reportNotDelivered(run);
      }
    } catch (RuntimeException e) {
      summing.forEach(f -> f.cancel(true));
      throw e;
    }
    int summed = answers(summing, List.of(summing)).stream().mapToInt(Integer::intValue).sum();
    mirror.figuresSummed();
    Instant now = time.now();
    for (ErpFile file : files) {
      String archived = archivedAs.get(file.getId());
      if (file.getStatus() == ErpFile.Status.CHECKED && archived != null) {
        file.applied(now, archived);
      }
    }
    return new RunResult(closing.openItemsDropped(), summed, missing);
  }

  /** Sums one range of the due figures, in a transaction of its own; returns how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sumFigures(ErpMirror.FiguresDue due, ErpMirror.NumberRange range) {
    return mirror.sumFigures(due, range, time.now());
  }

  private int reportNotDelivered(long run) {
    Findings findings = new Findings(run);
    int missing = 0;
    for (CrmCompany company : mirror.companiesNotDelivered(run, MISSING_REPORTED)) {
      findings.add(
          ErpDiscrepancy.Kind.MISSING_IN_ERP,
          company.debtorNumber(),
          company.id(),
          null,
          null,
          company.name());
      missing++;
    }
    findings.store();
    return missing;
  }

  /**
   * Claims the night's run for this server: true for the first server to ask, false for every other
   * (the night is the key of crm_erp_nightly, so of two servers asking at once one insert fails and
   * its caller sees an exception it takes for "taken").
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claimNight(LocalDate night, String server) {
    long taken =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM crm_erp_nightly WHERE night = ?")
                    .setParameter(1, Date.valueOf(night))
                    .getSingleResult())
            .longValue();
    if (taken > 0) {
      return false;
    }
    em.createNativeQuery("INSERT INTO crm_erp_nightly (night, server, started_at) VALUES (?, ?, ?)")
        .setParameter(1, Date.valueOf(night))
        .setParameter(2, server)
        .setParameter(3, Timestamp.from(time.now()))
        .executeUpdate();
    return true;
  }

  /**
   * Leaves the CRM's new customers in the outbound folder for the ERP ({@code
   * new-customers-<run>.xml}, written beside it and then moved, so the ERP never reads half a
   * file); each is sent every night until its debtor comes back with the CRM's reference (crmId).
   * Returns how many were written.
   */
  public int exportNewCustomers(long run) {
    Path outbound = folders.outbound();
    try {
      Files.createDirectories(outbound);
      Path partial = Files.createTempFile(outbound, ".new-customers-", ".part");
      try {
        int written;
        try (OutputStream out = Files.newOutputStream(partial);
            ErpNewCustomersWriter writer = new ErpNewCustomersWriter(out)) {
          IOException[] failed = new IOException[1];
          mirror.newCustomers(
              company -> {
                try {
                  if (failed[0] == null) {
                    writer.write(
                        new ErpNewCustomersWriter.NewCustomer(
                            company.id(),
                            company.name(),
                            company.vatId(),
                            company.street(),
                            company.postalCode(),
                            company.city(),
                            company.country()));
                  }
                } catch (IOException e) {
                  failed[0] = e;
                }
              });
          if (failed[0] != null) {
            throw failed[0];
          }
          written = writer.written();
        }
        Files.move(
            partial,
            outbound.resolve("new-customers-" + run + ".xml"),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        return written;
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the end of a run did. */
  public record RunResult(int openItemsDropped, int figuresSummed, int companiesNotDelivered) {}

  private static boolean applied(List<ErpFile> files, ErpKind kind) {
    return files.stream()
        .anyMatch(f -> f.getKind() == kind && f.getStatus() == ErpFile.Status.CHECKED);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> indexed = new LinkedHashMap<>();
    items.forEach(item -> indexed.put(key.apply(item), item));
    return indexed;
  }

  /** The decisions people took on proposed matches of these debtors. */
  private record Decisions(Map<String, Long> confirmed, Map<String, Set<Long>> rejected) {}

  private Decisions decisions(List<String> debtorNumbers) {
    Map<String, Long> confirmed = new HashMap<>();
    Map<String, Set<Long>> rejected = new HashMap<>();
    for (int from = 0; from < debtorNumbers.size(); from += 1000) {
      em.createQuery(
              "SELECT d FROM ErpDiscrepancy d WHERE d.kind = :kind AND d.status IN :decided"
                  + " AND d.debtorNumber IN :numbers",
              ErpDiscrepancy.class)
          .setParameter("kind", ErpDiscrepancy.Kind.PROPOSED_MATCH)
          .setParameter(
              "decided", List.of(ErpDiscrepancy.Status.CONFIRMED, ErpDiscrepancy.Status.REJECTED))
          .setParameter(
              "numbers", debtorNumbers.subList(from, Math.min(debtorNumbers.size(), from + 1000)))
          .getResultStream()
          .forEach(
              d -> {
                if (d.getStatus() == ErpDiscrepancy.Status.CONFIRMED) {
                  confirmed.put(d.getDebtorNumber(), d.getAccountId());
                } else {
                  rejected
                      .computeIfAbsent(d.getDebtorNumber(), n -> new HashSet<>())
                      .add(d.getAccountId());
                }
              });
    }
    return new Decisions(confirmed, rejected);
  }

  /**
   * The discrepancies a chunk found, stored once by key: found again, an existing one only notes
   * the run; the open unknown-debtor and proposal entries of debtors now matched are resolved.
   */
  private final class Findings {
    private final long run;
    private final Map<String, ErpDiscrepancy> found = new LinkedHashMap<>();
    private final List<String> resolved = new ArrayList<>();

    Findings(long run) {
      this.run = run;
    }

    ErpDiscrepancy add(
        ErpDiscrepancy.Kind kind,
        String debtorNumber,
        Long accountId,
        String field,
        String erpValue,
        String crmValue) {
      ErpDiscrepancy discrepancy =
          new ErpDiscrepancy(kind, debtorNumber, accountId, field, erpValue, crmValue, run);
      found.putIfAbsent(discrepancy.getDedupKey(), discrepancy);
      return found.get(discrepancy.getDedupKey());
    }

    void store() {
      List<String> keys = new ArrayList<>(found.keySet());
      for (int from = 0; from < keys.size(); from += 1000) {
        List<String> part = keys.subList(from, Math.min(keys.size(), from + 1000));
        Map<String, ErpDiscrepancy> existing =
            em.createQuery(
                    "SELECT d FROM ErpDiscrepancy d WHERE d.dedupKey IN :keys",
                    ErpDiscrepancy.class)
                .setParameter("keys", part)
                .getResultStream()
                .collect(Collectors.toMap(ErpDiscrepancy::getDedupKey, d -> d));
        for (String key : part) {
          ErpDiscrepancy known = existing.get(key);
          if (known == null) {
            em.persist(found.get(key));
          } else {
            known.foundAgain(run);
          }
        }
      }
      for (int from = 0; from < resolved.size(); from += 1000) {
        em.createQuery(
                "SELECT d FROM ErpDiscrepancy d WHERE d.status = :open AND d.kind IN :kinds"
                    + " AND d.debtorNumber IN :numbers",
                ErpDiscrepancy.class)
            .setParameter("open", ErpDiscrepancy.Status.OPEN)
            .setParameter(
                "kinds",
                List.of(ErpDiscrepancy.Kind.UNKNOWN_DEBTOR, ErpDiscrepancy.Kind.PROPOSED_MATCH))
            .setParameter("numbers", resolved.subList(from, Math.min(resolved.size(), from + 1000)))
            .getResultStream()
            .forEach(d -> d.resolve(run));
      }
    }
  }
}

package de.opencrm.domain.erp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The reconciliation's runs: the files each took, and which server ran which night. */
public interface ErpRunRepository {

  /** The files of a run, in the order it took them. */
  List<ErpFile> files(long run);

  /** A file of this checksum applied by an earlier run. */
  Optional<ErpFile> appliedBefore(String checksum);

  ErpFile add(ErpFile file);

  /** Writes pending changes now, so a file has its id before its refused records refer to it. */
  void flush();

  /**
   * Claims a night for a server: true for the first to ask, false when one has (the night is the
   * key, so of two servers asking at once one insert fails, which its caller takes for "taken").
   */
  boolean claimNight(LocalDate night, String server, Instant at);
}

package de.opencrm.domain.duplicate;

import de.opencrm.domain.common.RecordRef;
import java.io.Serializable;
import java.util.List;

/** An open pair as the review list shows it: both records' names, the score and the reasons. */
public record DuplicatePairRow(
    long id,
    long version,
    RecordRef.Kind kind,
    long firstId,
    String firstName,
    long secondId,
    String secondName,
    int score,
    List<MatchReason> reasons)
    implements Serializable {}

package org.fxtriage.service.worklist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One line of the audit trail: who did what to which study, when. */
@Serdeable
public record AuditEntry(long id, Instant at, String actor, String action, String studyInstanceUid,
                         @Nullable String detail) {
}

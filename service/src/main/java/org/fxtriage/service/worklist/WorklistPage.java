package org.fxtriage.service.worklist;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of the worklist in worklist order; {@code lastChangeId} lets a client resume the stream from here. */
@Serdeable
public record WorklistPage(List<StudySummary> items, int page, int size, long total, long lastChangeId) {
}

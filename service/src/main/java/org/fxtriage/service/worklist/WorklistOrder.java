package org.fxtriage.service.worklist;

import java.util.Comparator;

/**
 * The worklist order (DESIGN §6): category (positive, doubt, pending, not analysed, negative), then boost
 * (highest first), then waiting time (oldest first, from the study's first image), then the UID so the
 * order is total. {@link #SQL} is the same order for the database.
 */
public final class WorklistOrder {
    public static final Comparator<StudySummary> COMPARATOR = Comparator
            .comparingInt((StudySummary s) -> s.category().rank())
            .thenComparing(Comparator.comparingInt(StudySummary::boost).reversed())
            .thenComparingLong(s -> s.firstReceivedAt().toEpochMilli())
            .thenComparing(StudySummary::studyInstanceUid);

    static final String SQL = "category_rank, boost DESC, first_received_at, study_uid";

    private WorklistOrder() {
    }
}

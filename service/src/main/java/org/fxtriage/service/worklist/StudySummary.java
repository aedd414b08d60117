package org.fxtriage.service.worklist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.Instant;

/**
 * One worklist row: a study (StudyInstanceUID) with its aggregate and what the UI shows. Holds patient
 * data: never log it; log {@link #studyInstanceUid()} only. {@code results}: whether its results reached the
 * PACS (null when results are not exported).
 */
@Serdeable
public record StudySummary(
        String studyInstanceUid,
        TriageCategory category,
        @Nullable Double score,
        int boost,
        int imageCount,
        StudyStatus status,
        @Nullable String claimedBy,
        Instant firstReceivedAt,
        Instant lastReceivedAt,
        Instant updatedAt,
        @Nullable String patientName,
        @Nullable String patientId,
        @Nullable Double patientAgeYears,
        @Nullable String patientSex,
        @Nullable String modality,
        @Nullable String bodyPart,
        @Nullable String studyDescription,
        @Nullable String accessionNumber,
        @Nullable ResultsState results) {

    /** How long the patient has waited since the first image arrived. */
    public Duration waiting(Instant now) {
        return Duration.between(firstReceivedAt, now);
    }
}

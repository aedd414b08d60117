package org.fxtriage.service.worklist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * One image of a study and what the model said about it.
 *
 * @param reason        why it was not analysed (NOT_ANALYSED only)
 * @param timeToFlagMs  receipt of the last byte → result committed to the worklist
 */
@Serdeable
public record ImageResult(
        String sopInstanceUid,
        String seriesInstanceUid,
        String sopClassUid,
        String transferSyntaxUid,
        @Nullable String modality,
        @Nullable String bodyPart,
        Instant receivedAt,
        TriageCategory category,
        @Nullable Double probability,
        @Nullable String reason,
        List<BoxResult> boxes,
        @Nullable String modelName,
        @Nullable String modelVersion,
        @Nullable ImageTimings timings,
        @Nullable Instant scoredAt,
        @Nullable Long timeToFlagMs) {
}

package org.fxtriage.service.worklist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One entry of the worklist change log, as pushed on the SSE stream (event name {@code worklist}, SSE id =
 * {@link #id()}) and published in-process as an application event once committed (a metrics listener can
 * record {@link #timeToFlagMs()}).
 *
 * @param id           monotonic, gap-free in commit order: a client resumes with {@code Last-Event-ID}
 * @param kind         what happened
 * @param study        the study as it is when the event is sent (null only if it no longer exists)
 * @param timeToFlagMs for {@link Kind#IMAGE_SCORED}: last byte received → result committed
 */
@Serdeable
public record WorklistChange(long id, Instant at, Kind kind, String studyInstanceUid,
                             @Nullable String sopInstanceUid, @Nullable String actor,
                             @Nullable Long timeToFlagMs, @Nullable StudySummary study) {

    /** Kinds of change. */
    public enum Kind {
        /** An image arrived (the study is PENDING until it is scored). */
        IMAGE_RECEIVED,
        /** An image was scored or declared NOT_ANALYSED. */
        IMAGE_SCORED,
        /** A user claimed, acknowledged or read the study. */
        CLAIMED, ACKNOWLEDGED, READ,
        /** Whether the study's results reached the PACS changed (see {@link StudySummary#results()}). */
        RESULTS
    }

    public WorklistChange withStudy(StudySummary s) {
        return new WorklistChange(id, at, kind, studyInstanceUid, sopInstanceUid, actor, timeToFlagMs, s);
    }
}

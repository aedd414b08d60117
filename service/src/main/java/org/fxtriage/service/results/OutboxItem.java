package org.fxtriage.service.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One result object queued for one destination ({@code GET /api/v1/outbox}).
 *
 * @param kind             SC (annotated image) or SR (report)
 * @param version          SR: report version (1, 2, ...); SC: its instance number
 * @param status           PENDING, SENDING, SENT, DEAD, SUPERSEDED
 * @param attempts         failed or current attempts so far
 * @param lastStatus       the peer's last DIMSE status (hex in {@code lastError}), null when it never answered
 * @param resultsReadyAt   when the last analysis this object covers committed ("inference done")
 * @param encodeMillis     time to build and write the object's file
 */
@Serdeable
public record OutboxItem(long id, String studyInstanceUid, String destination, String kind, String sopClassUid,
                         String sopInstanceUid, @Nullable String sourceSopInstanceUid, int version, String status,
                         int attempts, Instant nextAttemptAt, @Nullable String lastError, @Nullable Integer lastStatus,
                         Instant createdAt, @Nullable Instant sentAt, @Nullable Instant deadAt, Instant resultsReadyAt,
                         @Nullable Double encodeMillis) {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String DEAD = "DEAD";
    public static final String SUPERSEDED = "SUPERSEDED";
}

package org.fxtriage.gateway;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An instance that is durably on disk (fsync'd, renamed into place). Carries identifiers only: no
 * patient data, so it can be logged and journaled freely.
 *
 * @param file          the Part 10 file, under the storage root
 * @param sizeBytes     file size including the file meta information
 * @param callingAeTitle who sent it
 * @param calledAeTitle  the title it was sent to
 * @param receivedAt     when the last byte was on disk
 */
public record StoredInstance(
        String studyInstanceUid,
        String seriesInstanceUid,
        String sopInstanceUid,
        String sopClassUid,
        String transferSyntaxUid,
        Path file,
        long sizeBytes,
        String callingAeTitle,
        String calledAeTitle,
        Instant receivedAt) {
}

package org.fxtriage.service.results;

import java.nio.file.Path;

/**
 * A DICOM object we made for a study, written to {@code file} before its row is committed.
 *
 * @param kind           {@link #SC} or {@link #SR}
 * @param sourceSopUid   SC: the analysed image it annotates; SR: null
 * @param version        SC: instance number; SR: report version
 * @param resultsReadyAt when the newest analysis it covers committed
 */
public record ResultObject(String studyUid, String kind, String sopClassUid, String sopInstanceUid, String seriesUid,
                           String sourceSopUid, int version, Path file, long sizeBytes, long resultsReadyAt,
                           double encodeMillis) {
    public static final String SC = "SC";
    public static final String SR = "SR";
}

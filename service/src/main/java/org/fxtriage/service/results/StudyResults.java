package org.fxtriage.service.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fxtriage.service.worklist.ImageResult;

/**
 * What the results planner reads of a due study, in one transaction: the images and their results, what was
 * already made for it, and the generation this snapshot covers.
 *
 * @param files             stored file of each image (by SOP Instance UID)
 * @param annotated         images that already have an annotated Secondary Capture
 * @param scSeriesUid       the series of the study's annotated images so far (null: none yet)
 * @param scCount           annotated images made so far (the next instance number is one more)
 * @param latestReport      the newest report version made (null: none yet)
 * @param resultsReadyAt    the newest analysis time among the images (ms)
 */
public record StudyResults(String studyUid, long generation, List<ImageResult> images, Map<String, Path> files,
                           Set<String> annotated, String scSeriesUid, int scCount, ReportRow latestReport,
                           long resultsReadyAt) {

    /** A report version already made: enough to supersede it. */
    public record ReportRow(String sopInstanceUid, String seriesUid, int version) {
    }

    public long pendingImages() {
        return images.stream().filter(i -> i.scoredAt() == null).count();
    }
}

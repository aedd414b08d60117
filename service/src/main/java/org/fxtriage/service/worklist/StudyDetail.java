package org.fxtriage.service.worklist;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A study with its images and its audit trail ({@code GET /api/v1/studies/{uid}}). */
@Serdeable
public record StudyDetail(StudySummary study, List<ImageResult> images, List<AuditEntry> audit) {
}

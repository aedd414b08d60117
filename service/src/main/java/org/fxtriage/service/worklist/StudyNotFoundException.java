package org.fxtriage.service.worklist;

/** No study with this StudyInstanceUID is on the worklist. */
public final class StudyNotFoundException extends RuntimeException {
    public StudyNotFoundException(String studyInstanceUid) {
        super("no study " + studyInstanceUid + " on the worklist");
    }
}

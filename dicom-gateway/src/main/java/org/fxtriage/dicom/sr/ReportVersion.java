package org.fxtriage.dicom.sr;

import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;

/**
 * What a later version of the report needs to know about the one it supersedes: the outbox can keep
 * these three values instead of the whole document.
 */
public record ReportVersion(String studyInstanceUid, String seriesInstanceUid, String sopInstanceUid, int instanceNumber) {

    public ReportVersion {
        for (String uid : new String[] {studyInstanceUid, seriesInstanceUid, sopInstanceUid}) {
            if (uid == null || !UID.isValid(uid)) {
                throw new IllegalArgumentException("report version needs valid study, series and SOP instance UIDs");
            }
        }
        if (instanceNumber < 1) {
            throw new IllegalArgumentException("instance number must be ≥ 1");
        }
    }

    /** The version identity of a report dataset we wrote. */
    public static ReportVersion of(Attributes report) {
        return new ReportVersion(report.getString(Tag.StudyInstanceUID), report.getString(Tag.SeriesInstanceUID),
                report.getString(Tag.SOPInstanceUID), report.getInt(Tag.InstanceNumber, 0));
    }
}

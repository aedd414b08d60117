package org.fxtriage.dicom.sr;

import java.time.Clock;
import java.util.Objects;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.sc.UidGenerator;

/**
 * How the triage report is labelled.
 *
 * @param uids new SOP Instance (and, for a first version without {@code seriesInstanceUid}, Series) UIDs
 * @param seriesInstanceUid series of the first version; null = a new one (later versions keep the
 *     predecessor's series)
 * @param seriesNumber SR Document Series (0020,0011)
 * @param seriesDescription (0008,103E), ≤ 64 characters
 * @param manufacturer General Equipment (0008,0070)
 * @param softwareVersion (0018,1020)
 * @param clock for Content and Instance Creation date/time
 */
public record ReportOptions(UidGenerator uids, String seriesInstanceUid, int seriesNumber, String seriesDescription,
        String manufacturer, String softwareVersion, Clock clock) {

    public static final int DEFAULT_SERIES_NUMBER = 9902;
    public static final String DEFAULT_SERIES_DESCRIPTION = "AI fracture triage report (not for diagnosis)";

    public ReportOptions {
        Objects.requireNonNull(uids, "uids");
        Objects.requireNonNull(clock, "clock");
        if (seriesInstanceUid != null && !UID.isValid(seriesInstanceUid)) {
            throw new IllegalArgumentException("series instance UID is not a valid UID: " + seriesInstanceUid);
        }
        if (seriesNumber < 0) {
            throw new IllegalArgumentException("series number must be ≥ 0");
        }
        for (String s : new String[] {seriesDescription, manufacturer, softwareVersion}) {
            if (s == null || s.isBlank() || s.length() > 64 || s.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("series description, manufacturer and software version: 1..64 characters (LO)");
            }
        }
    }

    public static ReportOptions defaults() {
        return new ReportOptions(UidGenerator.uuidBased(), null, DEFAULT_SERIES_NUMBER, DEFAULT_SERIES_DESCRIPTION,
                "fxtriage", "0.1.0", Clock.systemDefaultZone());
    }

    public ReportOptions withUids(UidGenerator g) {
        return new ReportOptions(g, seriesInstanceUid, seriesNumber, seriesDescription, manufacturer, softwareVersion, clock);
    }

    public ReportOptions withSeries(String uid, int number, String description) {
        return new ReportOptions(uids, uid, number, description, manufacturer, softwareVersion, clock);
    }

    public ReportOptions withEquipment(String manufacturerName, String version) {
        return new ReportOptions(uids, seriesInstanceUid, seriesNumber, seriesDescription, manufacturerName, version, clock);
    }

    public ReportOptions withClock(Clock c) {
        return new ReportOptions(uids, seriesInstanceUid, seriesNumber, seriesDescription, manufacturer, softwareVersion, c);
    }
}

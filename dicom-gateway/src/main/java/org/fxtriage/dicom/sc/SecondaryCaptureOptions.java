package org.fxtriage.dicom.sc;

import java.time.Clock;
import java.util.Objects;
import org.fxtriage.dicom.data.UID;

/**
 * How an annotated Secondary Capture is labelled.
 *
 * @param uids new SOP Instance (and, when {@code seriesInstanceUid} is null, Series Instance) UIDs
 * @param seriesInstanceUid the series all annotated images of a study share; null = a new one
 * @param seriesNumber General Series (0020,0011)
 * @param seriesDescription General Series (0008,103E), ≤ 64 characters
 * @param instanceNumber General Image (0020,0013), ≥ 1
 * @param modality General Series (0008,0060): "OT" (other) by default, or the source's modality
 * @param manufacturer General Equipment (0008,0070) and SC Equipment (0018,1016)
 * @param softwareVersion (0018,1020) and (0018,1019)
 * @param clock for Instance Creation and Content date/time
 */
public record SecondaryCaptureOptions(
        UidGenerator uids,
        String seriesInstanceUid,
        int seriesNumber,
        String seriesDescription,
        int instanceNumber,
        String modality,
        String manufacturer,
        String softwareVersion,
        Clock clock) {

    public static final String DEFAULT_SERIES_DESCRIPTION = "AI fracture triage (not for diagnosis)";
    public static final int DEFAULT_SERIES_NUMBER = 9901;

    public SecondaryCaptureOptions {
        Objects.requireNonNull(uids, "uids");
        Objects.requireNonNull(clock, "clock");
        if (seriesInstanceUid != null && !UID.isValid(seriesInstanceUid)) {
            throw new IllegalArgumentException("series instance UID is not a valid UID: " + seriesInstanceUid);
        }
        if (seriesNumber < 0 || instanceNumber < 1) {
            throw new IllegalArgumentException("series number must be ≥ 0 and instance number ≥ 1");
        }
        AlgorithmIdentification.requireText(seriesDescription, "series description");
        AlgorithmIdentification.requireText(manufacturer, "manufacturer");
        AlgorithmIdentification.requireText(softwareVersion, "software version");
        Objects.requireNonNull(modality, "modality");
        if (!modality.matches("[A-Z0-9_ ]{1,16}")) {
            throw new IllegalArgumentException("modality must be a CS value such as OT, got " + modality);
        }
    }

    /** UUID-derived UIDs, a new series, number 9901, instance 1, modality OT, manufacturer "fxtriage". */
    public static SecondaryCaptureOptions defaults() {
        return new SecondaryCaptureOptions(UidGenerator.uuidBased(), null, DEFAULT_SERIES_NUMBER,
                DEFAULT_SERIES_DESCRIPTION, 1, "OT", "fxtriage", "0.1.0", Clock.systemDefaultZone());
    }

    public SecondaryCaptureOptions withUids(UidGenerator g) {
        return new SecondaryCaptureOptions(g, seriesInstanceUid, seriesNumber, seriesDescription, instanceNumber,
                modality, manufacturer, softwareVersion, clock);
    }

    public SecondaryCaptureOptions withSeries(String uid, int number, String description) {
        return new SecondaryCaptureOptions(uids, uid, number, description, instanceNumber,
                modality, manufacturer, softwareVersion, clock);
    }

    public SecondaryCaptureOptions withInstanceNumber(int n) {
        return new SecondaryCaptureOptions(uids, seriesInstanceUid, seriesNumber, seriesDescription, n,
                modality, manufacturer, softwareVersion, clock);
    }

    public SecondaryCaptureOptions withModality(String m) {
        return new SecondaryCaptureOptions(uids, seriesInstanceUid, seriesNumber, seriesDescription, instanceNumber,
                m, manufacturer, softwareVersion, clock);
    }

    public SecondaryCaptureOptions withEquipment(String manufacturerName, String version) {
        return new SecondaryCaptureOptions(uids, seriesInstanceUid, seriesNumber, seriesDescription, instanceNumber,
                modality, manufacturerName, version, clock);
    }

    public SecondaryCaptureOptions withClock(Clock c) {
        return new SecondaryCaptureOptions(uids, seriesInstanceUid, seriesNumber, seriesDescription, instanceNumber,
                modality, manufacturer, softwareVersion, c);
    }
}

package org.fxtriage.dicom.sr;

import org.fxtriage.dicom.sc.FindingBox;
import org.fxtriage.dicom.sc.ImageCategory;

/**
 * The concepts of the triage report. Standard codes where PS3.16 has one (scheme DCM, and UCUM for
 * units); fxtriage's own private scheme {@value #SCHEME} (PS3.3 §8.2: "99" + name marks a local
 * scheme) for the triage categories, the probability and the flagged regions, which no standard
 * terminology names. The SR declares {@value #SCHEME} in its Coding Scheme Identification Sequence.
 */
public final class ReportCodes {
    private ReportCodes() {}

    /** Private coding scheme designator of fxtriage. */
    public static final String SCHEME = "99FXT";

    // --- DCM (PS3.16 Annex D)
    /** Root container. The report uses the concept only; it does not claim TID 1500 conformance. */
    public static final Code IMAGING_MEASUREMENT_REPORT = new Code("126000", "DCM", "Imaging Measurement Report");
    public static final Code MEASUREMENT_GROUP = new Code("125007", "DCM", "Measurement Group");
    public static final Code SOURCE_OF_MEASUREMENT = new Code("121112", "DCM", "Source of Measurement");
    public static final Code ALGORITHM_NAME = new Code("111001", "DCM", "Algorithm Name");
    public static final Code ALGORITHM_VERSION = new Code("111003", "DCM", "Algorithm Version");
    public static final Code OBSERVER_TYPE = new Code("121005", "DCM", "Observer Type");
    public static final Code DEVICE = new Code("121007", "DCM", "Device");
    public static final Code DEVICE_OBSERVER_UID = new Code("121012", "DCM", "Device Observer UID");
    public static final Code DEVICE_OBSERVER_NAME = new Code("121013", "DCM", "Device Observer Name");

    // --- UCUM
    /** Dimensionless unit of a probability. */
    public static final Code NO_UNITS = new Code("1", "UCUM", "no units");

    // --- 99FXT (private)
    public static final Code TRIAGE_CATEGORY = new Code("FXT-CATEGORY", SCHEME, "Fracture triage category");
    public static final Code FRACTURE_PROBABILITY = new Code("FXT-PROBABILITY", SCHEME, "Fracture probability");
    public static final Code POSITIVE = new Code("FXT-POSITIVE", SCHEME, "Fracture suspected");
    public static final Code DOUBT = new Code("FXT-DOUBT", SCHEME, "Fracture possible (doubt)");
    public static final Code NEGATIVE = new Code("FXT-NEGATIVE", SCHEME, "No fracture detected");
    public static final Code NOT_ANALYSED = new Code("FXT-NOTANALYSED", SCHEME, "Not analysed");
    public static final Code SUSPECTED_REGION = new Code("FXT-REGION-POS", SCHEME, "Suspected fracture region");
    public static final Code POSSIBLE_REGION = new Code("FXT-REGION-DOUBT", SCHEME, "Possible fracture region");

    public static Code of(ImageCategory c) {
        return switch (c) {
            case POSITIVE -> POSITIVE;
            case DOUBT -> DOUBT;
            case NEGATIVE -> NEGATIVE;
            case NOT_ANALYSED -> NOT_ANALYSED;
        };
    }

    public static Code of(FindingBox.Kind k) {
        return k == FindingBox.Kind.POSITIVE ? SUSPECTED_REGION : POSSIBLE_REGION;
    }
}

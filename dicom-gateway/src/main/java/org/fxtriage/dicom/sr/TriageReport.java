package org.fxtriage.dicom.sr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Sequence;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;
import org.fxtriage.dicom.io.Part10Writer;
import org.fxtriage.dicom.sc.AlgorithmIdentification;
import org.fxtriage.dicom.sc.FindingBox;
import org.fxtriage.dicom.sc.PatientStudyModules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the study-level triage report as a Comprehensive SR document (PS3.3 §A.35.3). See the
 * package documentation for the content tree.
 */
public final class TriageReport {
    private static final Logger LOG = LoggerFactory.getLogger(TriageReport.class);
    private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss.SSS", Locale.ROOT);
    private static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss.SSS", Locale.ROOT);

    private TriageReport() {}

    /**
     * The first version of the report for a study.
     *
     * @param studySource any instance of the study (its Patient and Study modules are copied)
     * @param images the images analysed so far (NOT_ANALYSED ones included), in display order
     * @param pendingImages images of the study still waiting for analysis: &gt; 0 makes the document PARTIAL
     * @throws IllegalArgumentException when {@code images} is empty or the source lacks a Study Instance UID
     */
    public static Attributes create(Attributes studySource, List<ReportedImage> images, int pendingImages,
            AlgorithmIdentification algorithm, ReportOptions options) {
        return build(studySource, images, pendingImages, algorithm, options, null);
    }

    /**
     * A new version that supersedes {@code previous} (late images changed the result): a new SOP
     * Instance UID in the same series, Instance Number + 1, and the predecessor referenced in the
     * Predecessor Documents Sequence (PS3.3 §C.17.2.3).
     */
    public static Attributes supersede(ReportVersion previous, Attributes studySource, List<ReportedImage> images,
            int pendingImages, AlgorithmIdentification algorithm, ReportOptions options) {
        Objects.requireNonNull(previous, "previous");
        if (!previous.studyInstanceUid().equals(studySource.getString(Tag.StudyInstanceUID))) {
            throw new IllegalArgumentException("the previous report belongs to another study");
        }
        return build(studySource, images, pendingImages, algorithm, options, previous);
    }

    /** Writes the report as a Part 10 file in explicit VR little endian. */
    public static void write(Path file, Attributes report) throws IOException {
        Part10Writer.write(file, report, UID.ExplicitVRLittleEndian);
    }

    private static Attributes build(Attributes studySource, List<ReportedImage> images, int pendingImages,
            AlgorithmIdentification algorithm, ReportOptions options, ReportVersion previous) {
        Objects.requireNonNull(studySource, "studySource");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(options, "options");
        if (images == null || images.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one analysed image");
        }
        if (pendingImages < 0) {
            throw new IllegalArgumentException("pending images must be ≥ 0");
        }
        String studyUid = studySource.getString(Tag.StudyInstanceUID);
        if (studyUid == null || !UID.isValid(studyUid)) {
            throw new IllegalArgumentException("study source lacks a valid Study Instance UID");
        }

        ZonedDateTime now = ZonedDateTime.now(options.clock());
        String date = DA.format(now);
        String time = TM.format(now);
        Attributes ds = new Attributes(64);
        PatientStudyModules.copy(studySource, ds);
        PatientStudyModules.ensureCharacterSetFor(ds, options.seriesDescription(), options.manufacturer(),
                options.softwareVersion(), algorithm.name(), algorithm.version());

        // SOP Common (§C.12.1), with our private coding scheme declared (§C.12.1.1.4)
        ds.setString(Tag.SOPClassUID, VR.UI, UID.ComprehensiveSRStorage);
        String sopInstanceUid = options.uids().next();
        ds.setString(Tag.SOPInstanceUID, VR.UI, sopInstanceUid);
        ds.setString(Tag.InstanceCreationDate, VR.DA, date);
        ds.setString(Tag.InstanceCreationTime, VR.TM, time);
        Attributes scheme = ds.newSequence(Tag.CodingSchemeIdentificationSequence).addItem();
        scheme.setString(Tag.CodingSchemeDesignator, VR.SH, ReportCodes.SCHEME);
        scheme.setString(Tag.CodingSchemeName, VR.ST, "fxtriage fracture triage concepts");
        scheme.setString(Tag.CodingSchemeResponsibleOrganization, VR.ST, "fxtriage project");

        // SR Document Series (§C.17.1)
        String seriesUid = previous != null ? previous.seriesInstanceUid()
                : options.seriesInstanceUid() != null ? options.seriesInstanceUid() : options.uids().next();
        ds.setString(Tag.Modality, VR.CS, "SR");
        ds.setString(Tag.SeriesInstanceUID, VR.UI, seriesUid);
        ds.setInt(Tag.SeriesNumber, VR.IS, options.seriesNumber());
        ds.setString(Tag.SeriesDescription, VR.LO, options.seriesDescription());
        ds.setString(Tag.SeriesDate, VR.DA, date);
        ds.setString(Tag.SeriesTime, VR.TM, time);
        ds.setValue(Tag.ReferencedPerformedProcedureStepSequence, VR.SQ, null);

        // General Equipment (§C.7.5.1)
        ds.setString(Tag.Manufacturer, VR.LO, options.manufacturer());
        ds.setString(Tag.SoftwareVersions, VR.LO, options.softwareVersion());

        // SR Document General (§C.17.2)
        ds.setInt(Tag.InstanceNumber, VR.IS, previous == null ? 1 : previous.instanceNumber() + 1);
        ds.setString(Tag.CompletionFlag, VR.CS, pendingImages > 0 ? "PARTIAL" : "COMPLETE");
        if (pendingImages > 0) {
            ds.setString(Tag.CompletionFlagDescription, VR.LO, pendingImages + " image(s) of the study pending analysis");
        }
        ds.setString(Tag.VerificationFlag, VR.CS, "UNVERIFIED");
        ds.setString(Tag.ContentDate, VR.DA, date);
        ds.setString(Tag.ContentTime, VR.TM, time);
        ds.setValue(Tag.PerformedProcedureCodeSequence, VR.SQ, null);
        if (previous != null) {
            Sequence pred = ds.newSequence(Tag.PredecessorDocumentsSequence);
            addStudyReference(pred, previous.studyInstanceUid(),
                    Map.of(previous.seriesInstanceUid(), List.<String[]>of(new String[] {UID.ComprehensiveSRStorage, previous.sopInstanceUid()})));
        }
        Map<String, List<String[]>> bySeries = new LinkedHashMap<>();
        for (ReportedImage img : images) {
            bySeries.computeIfAbsent(img.seriesInstanceUid(), k -> new java.util.ArrayList<>())
                    .add(new String[] {img.sopClassUid(), img.sopInstanceUid()});
        }
        addStudyReference(ds.newSequence(Tag.CurrentRequestedProcedureEvidenceSequence), studyUid, bySeries);

        // SR Document Content (§C.17.3): the root container and its tree
        ds.setString(Tag.ValueType, VR.CS, "CONTAINER");
        ReportCodes.IMAGING_MEASUREMENT_REPORT.writeTo(ds.newSequence(Tag.ConceptNameCodeSequence).addItem());
        ds.setString(Tag.ContinuityOfContent, VR.CS, "SEPARATE");
        Sequence root = ds.newSequence(Tag.ContentSequence);
        code(root, "HAS OBS CONTEXT", ReportCodes.OBSERVER_TYPE, ReportCodes.DEVICE);
        Attributes uidItem = item(root, "HAS OBS CONTEXT", "UIDREF", ReportCodes.DEVICE_OBSERVER_UID);
        uidItem.setString(Tag.UID, VR.UI, deviceObserverUid(algorithm));
        text(root, "HAS OBS CONTEXT", ReportCodes.DEVICE_OBSERVER_NAME, algorithm.name());
        text(root, "HAS OBS CONTEXT", ReportCodes.ALGORITHM_NAME, algorithm.name());
        text(root, "HAS OBS CONTEXT", ReportCodes.ALGORITHM_VERSION, algorithm.version());
        String observed = DT.format(now);
        for (ReportedImage img : images) {
            Attributes group = item(root, "CONTAINS", "CONTAINER", ReportCodes.MEASUREMENT_GROUP);
            group.setString(Tag.ContinuityOfContent, VR.CS, "SEPARATE");
            group.setString(Tag.ObservationDateTime, VR.DT, observed);
            Sequence children = group.newSequence(Tag.ContentSequence);
            code(children, "CONTAINS", ReportCodes.TRIAGE_CATEGORY, ReportCodes.of(img.findings().category()));
            if (img.findings().probability() != null) {
                num(children, ReportCodes.FRACTURE_PROBABILITY, img.findings().probability(), ReportCodes.NO_UNITS);
            }
            image(children, "CONTAINS", ReportCodes.SOURCE_OF_MEASUREMENT, img);
            for (FindingBox b : img.findings().boxes()) {
                Attributes sc = item(children, "CONTAINS", "SCOORD", ReportCodes.of(b.kind()));
                sc.setString(Tag.GraphicType, VR.CS, "POLYLINE");
                // PS3.3 §C.18.6.1.2: column\row pairs, (0,0) = top-left corner of the top-left pixel;
                // a closed polyline repeats its first point.
                double x0 = b.column();
                double y0 = b.row();
                double x1 = b.column() + b.width();
                double y1 = b.row() + b.height();
                sc.setDouble(Tag.GraphicData, VR.FL, x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
                image(sc.newSequence(Tag.ContentSequence), "SELECTED FROM", null, img);
            }
        }
        LOG.debug("triage report {} (instance {}, {} images, {} pending) for study {}", sopInstanceUid,
                ds.getInt(Tag.InstanceNumber, 0), images.size(), pendingImages, studyUid);
        return ds;
    }

    /** Hierarchical SOP Instance Reference Macro (PS3.3 Table C.17-3): one study, its series and instances. */
    private static void addStudyReference(Sequence seq, String studyUid, Map<String, List<String[]>> bySeries) {
        Attributes study = seq.addItem();
        study.setString(Tag.StudyInstanceUID, VR.UI, studyUid);
        Sequence series = study.newSequence(Tag.ReferencedSeriesSequence);
        for (Map.Entry<String, List<String[]>> e : bySeries.entrySet()) {
            Attributes s = series.addItem();
            s.setString(Tag.SeriesInstanceUID, VR.UI, e.getKey());
            Sequence sops = s.newSequence(Tag.ReferencedSOPSequence);
            for (String[] sop : e.getValue()) {
                Attributes r = sops.addItem();
                r.setString(Tag.ReferencedSOPClassUID, VR.UI, sop[0]);
                r.setString(Tag.ReferencedSOPInstanceUID, VR.UI, sop[1]);
            }
        }
    }

    /** A stable UID per model name and version (name-based UUID, PS3.5 §B.2), so observers compare equal. */
    static String deviceObserverUid(AlgorithmIdentification a) {
        UUID u = UUID.nameUUIDFromBytes(("fxtriage-model:" + a.name() + ":" + a.version()).getBytes(StandardCharsets.UTF_8));
        java.math.BigInteger hi = new java.math.BigInteger(Long.toUnsignedString(u.getMostSignificantBits()));
        java.math.BigInteger lo = new java.math.BigInteger(Long.toUnsignedString(u.getLeastSignificantBits()));
        return "2.25." + hi.shiftLeft(64).or(lo);
    }

    private static Attributes item(Sequence parent, String relationship, String valueType, Code concept) {
        Attributes it = parent.addItem();
        it.setString(Tag.RelationshipType, VR.CS, relationship);
        it.setString(Tag.ValueType, VR.CS, valueType);
        if (concept != null) {
            concept.writeTo(it.newSequence(Tag.ConceptNameCodeSequence).addItem());
        }
        return it;
    }

    private static void text(Sequence parent, String relationship, Code concept, String value) {
        item(parent, relationship, "TEXT", concept).setString(Tag.TextValue, VR.UT, value);
    }

    private static void code(Sequence parent, String relationship, Code concept, Code value) {
        value.writeTo(item(parent, relationship, "CODE", concept).newSequence(Tag.ConceptCodeSequence).addItem());
    }

    private static void num(Sequence parent, Code concept, double value, Code unit) {
        Attributes mv = item(parent, "CONTAINS", "NUM", concept).newSequence(Tag.MeasuredValueSequence).addItem();
        unit.writeTo(mv.newSequence(Tag.MeasurementUnitsCodeSequence).addItem());
        // Four decimals: a calibrated probability carries no more meaning; DS stays ≤ 16 characters.
        mv.setString(Tag.NumericValue, VR.DS, String.format(Locale.ROOT, "%.4f", value));
        mv.setDouble(Tag.FloatingPointValue, VR.FD, value);
    }

    private static void image(Sequence parent, String relationship, Code concept, ReportedImage img) {
        Attributes ref = item(parent, relationship, "IMAGE", concept).newSequence(Tag.ReferencedSOPSequence).addItem();
        ref.setString(Tag.ReferencedSOPClassUID, VR.UI, img.sopClassUid());
        ref.setString(Tag.ReferencedSOPInstanceUID, VR.UI, img.sopInstanceUid());
    }
}

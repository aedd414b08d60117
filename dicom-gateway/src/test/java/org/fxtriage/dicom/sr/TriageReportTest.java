package org.fxtriage.dicom.sr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Sequence;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.sc.AlgorithmIdentification;
import org.fxtriage.dicom.sc.FindingBox;
import org.fxtriage.dicom.sc.ImageCategory;
import org.fxtriage.dicom.sc.ImageFindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageReportTest {
    static final AlgorithmIdentification MODEL = new AlgorithmIdentification("fxnet-wrist", "1.2.0");
    static final String STUDY = "1.2.3.4.5";

    static Attributes study() {
        Attributes a = new Attributes();
        a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        a.setString(Tag.StudyInstanceUID, VR.UI, STUDY);
        a.setString(Tag.PatientName, VR.PN, "Dupont^Hélène");
        a.setString(Tag.PatientID, VR.LO, "P-0042");
        a.setString(Tag.AccessionNumber, VR.SH, "ACC123");
        a.setString(Tag.StudyDate, VR.DA, "20261129");
        return a;
    }

    static final ReportedImage WRIST_PA = new ReportedImage(UID.DigitalXRayImageStorageForPresentation, "1.2.3.4.5.1.1",
            "1.2.3.4.5.1", 2000, 2500, new ImageFindings(ImageCategory.POSITIVE, 0.87, List.of(
                    new FindingBox(100, 200, 50, 40, FindingBox.Kind.POSITIVE),
                    new FindingBox(1000, 1500, 60, 30, FindingBox.Kind.DOUBT))));
    static final ReportedImage WRIST_LAT = new ReportedImage(UID.DigitalXRayImageStorageForPresentation, "1.2.3.4.5.1.2",
            "1.2.3.4.5.1", 2000, 2500, new ImageFindings(ImageCategory.NEGATIVE, 0.04, List.of()));
    static final ReportedImage LATE = new ReportedImage(UID.ComputedRadiographyImageStorage, "1.2.3.4.5.2.1",
            "1.2.3.4.5.2", 1760, 2140, ImageFindings.notAnalysed());

    /** Content items of a container with the given concept code value. */
    static List<Attributes> children(Attributes container, String conceptValue) {
        List<Attributes> out = new ArrayList<>();
        Sequence seq = container.getSequence(Tag.ContentSequence);
        for (Attributes item : seq) {
            Attributes concept = item.getNestedDataset(Tag.ConceptNameCodeSequence);
            if (concept != null && conceptValue.equals(concept.getString(Tag.CodeValue))) {
                out.add(item);
            }
        }
        return out;
    }

    static float[] floats(byte[] b) {
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        float[] f = new float[b.length / 4];
        for (int i = 0; i < f.length; i++) {
            f[i] = bb.getFloat();
        }
        return f;
    }

    @Test
    void contentTreeHoldsAlgorithmAndPerImageFindings() {
        Attributes sr = TriageReport.create(study(), List.of(WRIST_PA, WRIST_LAT), 0, MODEL, ReportOptions.defaults());
        assertEquals(UID.ComprehensiveSRStorage, sr.getString(Tag.SOPClassUID));
        assertEquals("SR", sr.getString(Tag.Modality));
        assertEquals("COMPLETE", sr.getString(Tag.CompletionFlag));
        assertEquals("UNVERIFIED", sr.getString(Tag.VerificationFlag));
        assertEquals("CONTAINER", sr.getString(Tag.ValueType));
        assertEquals("126000", sr.getNestedDataset(Tag.ConceptNameCodeSequence).getString(Tag.CodeValue));
        assertEquals("fxnet-wrist", children(sr, "111001").get(0).getString(Tag.TextValue));
        assertEquals("1.2.0", children(sr, "111003").get(0).getString(Tag.TextValue));
        assertEquals("HAS OBS CONTEXT", children(sr, "111001").get(0).getString(Tag.RelationshipType));

        List<Attributes> groups = children(sr, "125007");
        assertEquals(2, groups.size());
        Attributes pa = groups.get(0);
        Attributes category = children(pa, "FXT-CATEGORY").get(0);
        assertEquals("CODE", category.getString(Tag.ValueType));
        assertEquals("FXT-POSITIVE", category.getNestedDataset(Tag.ConceptCodeSequence).getString(Tag.CodeValue));
        Attributes num = children(pa, "FXT-PROBABILITY").get(0).getNestedDataset(Tag.MeasuredValueSequence);
        assertEquals("0.8700", num.getString(Tag.NumericValue));
        assertEquals("UCUM", num.getNestedDataset(Tag.MeasurementUnitsCodeSequence).getString(Tag.CodingSchemeDesignator));
        Attributes img = children(pa, "121112").get(0);
        assertEquals("1.2.3.4.5.1.1", img.getNestedDataset(Tag.ReferencedSOPSequence).getString(Tag.ReferencedSOPInstanceUID));

        Attributes solid = children(pa, "FXT-REGION-POS").get(0);
        assertEquals("SCOORD", solid.getString(Tag.ValueType));
        assertEquals("POLYLINE", solid.getString(Tag.GraphicType));
        assertArrayEquals(new float[] {100, 200, 150, 200, 150, 240, 100, 240, 100, 200}, floats(solid.getBytes(Tag.GraphicData)));
        Attributes selectedFrom = solid.getNestedDataset(Tag.ContentSequence);
        assertEquals("SELECTED FROM", selectedFrom.getString(Tag.RelationshipType));
        assertEquals("IMAGE", selectedFrom.getString(Tag.ValueType));
        assertEquals("1.2.3.4.5.1.1", selectedFrom.getNestedDataset(Tag.ReferencedSOPSequence).getString(Tag.ReferencedSOPInstanceUID));
        assertEquals(1, children(pa, "FXT-REGION-DOUBT").size());

        Attributes lat = groups.get(1);
        assertEquals("FXT-NEGATIVE", children(lat, "FXT-CATEGORY").get(0).getNestedDataset(Tag.ConceptCodeSequence).getString(Tag.CodeValue));
        assertTrue(children(lat, "FXT-REGION-POS").isEmpty());

        // the private scheme is declared
        assertEquals("99FXT", sr.getNestedDataset(Tag.CodingSchemeIdentificationSequence).getString(Tag.CodingSchemeDesignator));
    }

    @Test
    void evidenceListsEveryReferencedInstanceBySeries() {
        Attributes sr = TriageReport.create(study(), List.of(WRIST_PA, WRIST_LAT, LATE), 0, MODEL, ReportOptions.defaults());
        Attributes ev = sr.getNestedDataset(Tag.CurrentRequestedProcedureEvidenceSequence);
        assertEquals(STUDY, ev.getString(Tag.StudyInstanceUID));
        Sequence series = ev.getSequence(Tag.ReferencedSeriesSequence);
        assertEquals(2, series.size());
        assertEquals("1.2.3.4.5.1", series.get(0).getString(Tag.SeriesInstanceUID));
        assertEquals(2, series.get(0).getSequence(Tag.ReferencedSOPSequence).size());
        assertEquals("1.2.3.4.5.2.1", series.get(1).getNestedDataset(Tag.ReferencedSOPSequence).getString(Tag.ReferencedSOPInstanceUID));
        // not analysed: category, image reference, no probability
        Attributes notAnalysed = children(sr, "125007").get(2);
        assertEquals("FXT-NOTANALYSED", children(notAnalysed, "FXT-CATEGORY").get(0).getNestedDataset(Tag.ConceptCodeSequence).getString(Tag.CodeValue));
        assertTrue(children(notAnalysed, "FXT-PROBABILITY").isEmpty());
    }

    @Test
    void pendingImagesMakeThePartialReportAndCopiedPatientStudy() {
        Attributes sr = TriageReport.create(study(), List.of(WRIST_PA), 2, MODEL, ReportOptions.defaults());
        assertEquals("PARTIAL", sr.getString(Tag.CompletionFlag));
        assertTrue(sr.getString(Tag.CompletionFlagDescription).startsWith("2 image"));
        Attributes s = study();
        for (int tag : new int[] {Tag.PatientName, Tag.PatientID, Tag.AccessionNumber, Tag.StudyDate, Tag.StudyInstanceUID,
                Tag.SpecificCharacterSet}) {
            assertEquals(s.getString(tag), sr.getString(tag), Tag.keywordOf(tag));
        }
        assertTrue(sr.contains(Tag.ReferringPhysicianName), "type 2 present even when the source lacks it");
        assertNull(sr.getSequence(Tag.PredecessorDocumentsSequence));
        assertEquals(1, sr.getInt(Tag.InstanceNumber, 0));
        assertTrue(UID.isValid(sr.getString(Tag.SOPInstanceUID)));
        assertTrue(UID.isValid(sr.getString(Tag.SeriesInstanceUID)));
    }

    @Test
    void newVersionKeepsSeriesIncrementsInstanceAndReferencesItsPredecessor(@TempDir Path tmp) throws Exception {
        Attributes v1 = TriageReport.create(study(), List.of(WRIST_PA), 1, MODEL, ReportOptions.defaults());
        Path f1 = tmp.resolve("v1.dcm");
        TriageReport.write(f1, v1);
        // the outbox may only have the file of the earlier version
        ReportVersion previous = ReportVersion.of(Part10Reader.read(f1).dataset());
        Attributes v2 = TriageReport.supersede(previous, study(), List.of(WRIST_PA, LATE), 0, MODEL, ReportOptions.defaults());
        assertNotEquals(v1.getString(Tag.SOPInstanceUID), v2.getString(Tag.SOPInstanceUID));
        assertEquals(v1.getString(Tag.SeriesInstanceUID), v2.getString(Tag.SeriesInstanceUID));
        assertEquals(2, v2.getInt(Tag.InstanceNumber, 0));
        assertEquals("COMPLETE", v2.getString(Tag.CompletionFlag));
        Attributes pred = v2.getNestedDataset(Tag.PredecessorDocumentsSequence);
        assertEquals(STUDY, pred.getString(Tag.StudyInstanceUID));
        Attributes series = pred.getNestedDataset(Tag.ReferencedSeriesSequence);
        assertEquals(v1.getString(Tag.SeriesInstanceUID), series.getString(Tag.SeriesInstanceUID));
        Attributes sop = series.getNestedDataset(Tag.ReferencedSOPSequence);
        assertEquals(UID.ComprehensiveSRStorage, sop.getString(Tag.ReferencedSOPClassUID));
        assertEquals(v1.getString(Tag.SOPInstanceUID), sop.getString(Tag.ReferencedSOPInstanceUID));

        Attributes v3 = TriageReport.supersede(ReportVersion.of(v2), study(), List.of(WRIST_PA, LATE), 0, MODEL, ReportOptions.defaults());
        assertEquals(3, v3.getInt(Tag.InstanceNumber, 0));
    }

    @Test
    void deviceObserverUidIsStablePerModelVersion() {
        String a = TriageReport.deviceObserverUid(MODEL);
        assertEquals(a, TriageReport.deviceObserverUid(new AlgorithmIdentification("fxnet-wrist", "1.2.0")));
        assertNotEquals(a, TriageReport.deviceObserverUid(new AlgorithmIdentification("fxnet-wrist", "1.3.0")));
        assertTrue(UID.isValid(a));
    }

    @Test
    void nonAsciiModelNameSwitchesToUtf8WhenTheSourceSetCannotHoldIt(@TempDir Path tmp) throws Exception {
        Attributes plain = study();
        plain.remove(Tag.SpecificCharacterSet);
        plain.setString(Tag.PatientName, VR.PN, "Dupont^Helene");
        AlgorithmIdentification greek = new AlgorithmIdentification("Μοντέλο-κατάγματος", "1.0");
        Attributes sr = TriageReport.create(plain, List.of(WRIST_LAT), 0, greek, ReportOptions.defaults());
        assertEquals("ISO_IR 192", sr.getString(Tag.SpecificCharacterSet));
        Path f = tmp.resolve("sr.dcm");
        TriageReport.write(f, sr);
        Attributes back = Part10Reader.read(f).dataset();
        assertEquals("Dupont^Helene", back.getString(Tag.PatientName));
        assertEquals("Μοντέλο-κατάγματος", children(back, "111001").get(0).getString(Tag.TextValue));

        // Latin-1 source and a Latin-1 model name: the source's set is kept
        Attributes latin = TriageReport.create(study(), List.of(WRIST_LAT), 0,
                new AlgorithmIdentification("modèle", "1.0"), ReportOptions.defaults());
        assertEquals("ISO_IR 100", latin.getString(Tag.SpecificCharacterSet));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TriageReport.create(study(), List.of(), 0, MODEL, ReportOptions.defaults()));
        assertThrows(IllegalArgumentException.class,
                () -> TriageReport.create(study(), List.of(WRIST_PA), -1, MODEL, ReportOptions.defaults()));
        Attributes noStudy = study();
        noStudy.remove(Tag.StudyInstanceUID);
        assertThrows(IllegalArgumentException.class,
                () -> TriageReport.create(noStudy, List.of(WRIST_PA), 0, MODEL, ReportOptions.defaults()));
        ReportVersion other = new ReportVersion("1.9.9", "1.9.9.1", "1.9.9.1.1", 1);
        assertThrows(IllegalArgumentException.class,
                () -> TriageReport.supersede(other, study(), List.of(WRIST_PA), 0, MODEL, ReportOptions.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new ReportedImage(UID.ComputedRadiographyImageStorage,
                "1.2.3", "1.2", 100, 100, new ImageFindings(ImageCategory.POSITIVE, 0.9,
                        List.of(new FindingBox(90, 90, 20, 20, FindingBox.Kind.POSITIVE)))));
        assertThrows(IllegalArgumentException.class, () -> new Code("THIS-IS-TOO-LONG-A-CODE", "99FXT", "x"));
    }
}

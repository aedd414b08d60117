package org.fxtriage.dicom.sc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatedSecondaryCaptureTest {
    static final AlgorithmIdentification MODEL = new AlgorithmIdentification("fxnet-wrist", "1.2.0");
    static final int SRC_COLS = 1600;
    static final int SRC_ROWS = 1200;

    /** A CR source with non-ASCII patient text in UTF-8, 1600 columns x 1200 rows. */
    static Attributes source() {
        Attributes a = new Attributes();
        a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        a.setString(Tag.SOPClassUID, VR.UI, UID.ComputedRadiographyImageStorage);
        a.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3.4.5.6.7");
        a.setString(Tag.StudyInstanceUID, VR.UI, "1.2.3.4.5");
        a.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.3.4.5.6");
        a.setString(Tag.PatientName, VR.PN, "Müller^Zoë");
        a.setString(Tag.PatientID, VR.LO, "P-0042");
        a.setString(Tag.PatientBirthDate, VR.DA, "19400101");
        a.setString(Tag.PatientSex, VR.CS, "F");
        a.setString(Tag.StudyDate, VR.DA, "20261129");
        a.setString(Tag.StudyTime, VR.TM, "101500");
        a.setString(Tag.AccessionNumber, VR.SH, "ACC123");
        a.setString(Tag.StudyID, VR.SH, "S1");
        a.setString(Tag.ReferringPhysicianName, VR.PN, "Dr^Who");
        Attributes issuer = a.newSequence(Tag.IssuerOfAccessionNumberSequence).addItem();
        issuer.setString(Tag.LocalNamespaceEntityID, VR.UT, "HOSP");
        a.setString(Tag.Modality, VR.CS, "CR");
        a.setString(Tag.BodyPartExamined, VR.CS, "WRIST");
        a.setString(Tag.Laterality, VR.CS, "L");
        a.setInt(Tag.Rows, VR.US, SRC_ROWS);
        a.setInt(Tag.Columns, VR.US, SRC_COLS);
        return a;
    }

    static SecondaryCaptureOptions options() {
        return SecondaryCaptureOptions.defaults()
                .withClock(Clock.fixed(Instant.parse("2026-11-29T12:34:56.789Z"), ZoneOffset.UTC));
    }

    static final FindingBox SOLID = new FindingBox(400, 400, 800, 400, FindingBox.Kind.POSITIVE);   // raster 100,100 200x100
    static final FindingBox DOTTED = new FindingBox(200, 1000, 1200, 120, FindingBox.Kind.DOUBT);   // raster 50,250 300x30

    static Attributes annotated(List<FindingBox> boxes) {
        return AnnotatedSecondaryCapture.create(new SourceImage(source(), UID.ExplicitVRLittleEndian),
                TestSources.gradient(400, 300), new ImageFindings(ImageCategory.POSITIVE, 0.91, boxes), MODEL, options());
    }

    static int banner() {
        return AnnotatedSecondaryCapture.bannerHeight(TestSources.gradient(400, 300),
                new ImageFindings(ImageCategory.POSITIVE, 0.91, List.of()), MODEL);
    }

    static boolean blackIn(Attributes sc, int x, int y0, int y1) {
        for (int y = y0; y <= y1; y++) {
            if (px(sc, x, y) == 0) {
                return true;
            }
        }
        return false;
    }

    static int px(Attributes sc, int x, int y) {
        return sc.getBytes(Tag.PixelData)[y * sc.getInt(Tag.Columns, 0) + x] & 0xff;
    }

    @Test
    void solidBoxIsAnUnbrokenWhiteLineWithBlackOutlineAtTheScaledPosition() {
        Attributes sc = annotated(List.of(SOLID));
        int b = banner();
        DisplayRaster bg = TestSources.gradient(400, 300);
        for (int x = 104; x <= 296; x++) {
            assertEquals(255, px(sc, x, b + 100), "top edge at column " + x);
            assertEquals(255, px(sc, x, b + 200 - 1), "bottom edge at column " + x);
            // a black outline just above and just below the white line (rows within 4 of it)
            assertTrue(blackIn(sc, x, b + 96, b + 99), "outline above the top edge at column " + x);
            assertTrue(blackIn(sc, x, b + 101, b + 104), "outline below the top edge at column " + x);
        }
        for (int y = 104; y <= 196; y++) {
            assertEquals(255, px(sc, 100, b + y), "left edge at row " + y);
            assertEquals(255, px(sc, 300 - 1, b + y), "right edge at row " + y);
        }
        // inside and outside the box, the raster is untouched
        assertEquals(bg.valueAt(200, 150), px(sc, 200, b + 150));
        assertEquals(bg.valueAt(20, 20), px(sc, 20, b + 20));
        assertEquals(bg.valueAt(350, 290), px(sc, 350, b + 290));
    }

    @Test
    void dottedBoxHasGapsShowingTheImage() {
        Attributes sc = annotated(List.of(DOTTED));
        int b = banner();
        DisplayRaster bg = TestSources.gradient(400, 300);
        int white = 0;
        int image = 0;
        for (int x = 60; x <= 340; x++) {
            int v = px(sc, x, b + 250);
            if (v == 255) {
                white++;
            } else if (v == bg.valueAt(x, 250)) {
                image++;
            }
        }
        assertTrue(white > 80, "dashes along the top edge: " + white);
        assertTrue(image > 80, "gaps along the top edge: " + image);
    }

    @Test
    void bannerIsAddedAboveTheRasterWithTextAndRasterIsShiftedBelowIt() {
        Attributes sc = annotated(List.of());
        int b = banner();
        assertTrue(b >= 16 && b < 100, "banner height " + b);
        assertEquals(300 + b, sc.getInt(Tag.Rows, 0));
        assertEquals(400, sc.getInt(Tag.Columns, 0));
        int white = 0;
        for (int y = 0; y < b; y++) {
            for (int x = 0; x < 400; x++) {
                int v = px(sc, x, y);
                assertTrue(v == 0 || v == 255, "banner is two-level (no antialiasing), got " + v);
                white += v == 255 ? 1 : 0;
            }
        }
        assertTrue(white > 200, "banner text pixels: " + white);
        DisplayRaster bg = TestSources.gradient(400, 300);
        for (int x = 0; x < 400; x += 7) {
            assertEquals(bg.valueAt(x, 0), px(sc, x, b));
            assertEquals(bg.valueAt(x, 299), px(sc, x, b + 299));
        }
    }

    @Test
    void patientAndStudyAreCopiedAndSourceReferenced() {
        Attributes src = source();
        Attributes sc = annotated(List.of(SOLID));
        for (int tag : new int[] {Tag.PatientName, Tag.PatientID, Tag.PatientBirthDate, Tag.PatientSex,
                Tag.StudyInstanceUID, Tag.StudyDate, Tag.StudyTime, Tag.AccessionNumber, Tag.StudyID,
                Tag.ReferringPhysicianName, Tag.SpecificCharacterSet, Tag.BodyPartExamined, Tag.Laterality}) {
            assertEquals(src.getString(tag), sc.getString(tag), Tag.keywordOf(tag));
        }
        assertEquals("HOSP", sc.getNestedDataset(Tag.IssuerOfAccessionNumberSequence).getString(Tag.LocalNamespaceEntityID));
        Attributes ref = sc.getNestedDataset(Tag.SourceImageSequence);
        assertEquals(UID.ComputedRadiographyImageStorage, ref.getString(Tag.ReferencedSOPClassUID));
        assertEquals("1.2.3.4.5.6.7", ref.getString(Tag.ReferencedSOPInstanceUID));
        assertEquals("121322", ref.getNestedDataset(Tag.PurposeOfReferenceCodeSequence).getString(Tag.CodeValue));
        assertEquals(UID.SecondaryCaptureImageStorage, sc.getString(Tag.SOPClassUID));
        assertArrayEquals(new String[] {"DERIVED", "SECONDARY"}, sc.getStrings(Tag.ImageType));
        assertEquals("YES", sc.getString(Tag.BurnedInAnnotation));
        assertEquals("00", sc.getString(Tag.LossyImageCompression));
        assertEquals("WSD", sc.getString(Tag.ConversionType));
        assertEquals("MONOCHROME2", sc.getString(Tag.PhotometricInterpretation));
        assertEquals(8, sc.getInt(Tag.BitsStored, 0));
        assertEquals("20261129", sc.getString(Tag.InstanceCreationDate));
        assertNotEquals(src.getString(Tag.SeriesInstanceUID), sc.getString(Tag.SeriesInstanceUID));
        assertTrue(UID.isValid(sc.getString(Tag.SOPInstanceUID)));
        assertTrue(UID.isValid(sc.getString(Tag.SeriesInstanceUID)));
    }

    @Test
    void lossySourceIsDeclared() {
        Attributes src = source();
        Attributes sc = AnnotatedSecondaryCapture.create(new SourceImage(src, UID.JPEGBaseline8Bit),
                TestSources.gradient(400, 300), new ImageFindings(ImageCategory.NEGATIVE, 0.02, List.of()), MODEL, options());
        assertEquals("01", sc.getString(Tag.LossyImageCompression));
    }

    @Test
    void givenSeriesIsUsedSoAllImagesOfAStudyShareIt() {
        String series = "2.25.1234";
        SecondaryCaptureOptions o = options().withSeries(series, 77, "fx results").withInstanceNumber(3);
        Attributes sc = AnnotatedSecondaryCapture.create(new SourceImage(source(), null), TestSources.gradient(400, 300),
                new ImageFindings(ImageCategory.NEGATIVE, 0.02, List.of()), MODEL, o);
        assertEquals(series, sc.getString(Tag.SeriesInstanceUID));
        assertEquals(77, sc.getInt(Tag.SeriesNumber, 0));
        assertEquals(3, sc.getInt(Tag.InstanceNumber, 0));
    }

    @Test
    void fullResolutionRasterPutsTheBoxAtSourceCoordinates() {
        Attributes sc = AnnotatedSecondaryCapture.create(new SourceImage(source(), null), TestSources.gradient(SRC_COLS, SRC_ROWS),
                new ImageFindings(ImageCategory.POSITIVE, 0.9, List.of(SOLID)), MODEL, options());
        int b = sc.getInt(Tag.Rows, 0) - SRC_ROWS;
        assertEquals(255, px(sc, 800, b + 400));
        assertEquals(255, px(sc, 400, b + 600));
        assertNotEquals(255, px(sc, 800, b + 600));
    }

    @Test
    void badInputIsRejectedWithAClearError() {
        SourceImage src = new SourceImage(source(), null);
        ImageFindings outside = new ImageFindings(ImageCategory.POSITIVE, 0.9,
                List.of(new FindingBox(1500, 100, 200, 100, FindingBox.Kind.POSITIVE)));
        assertThrows(IllegalArgumentException.class, () -> AnnotatedSecondaryCapture.create(src,
                TestSources.gradient(400, 300), outside, MODEL, options()));
        assertThrows(IllegalArgumentException.class, () -> AnnotatedSecondaryCapture.create(src,
                TestSources.gradient(400, 400), new ImageFindings(ImageCategory.NEGATIVE, 0.1, List.of()), MODEL, options()));
        assertThrows(IllegalArgumentException.class, () -> new ImageFindings(ImageCategory.POSITIVE, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ImageFindings(ImageCategory.DOUBT, 1.5, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new DisplayRaster(new byte[10], 4, 4));
        assertThrows(IllegalArgumentException.class, () -> DisplayRaster.ofShorts(new short[] {0, 256}, 2, 1));
        Attributes noUid = source();
        noUid.remove(Tag.SOPInstanceUID);
        assertThrows(IllegalArgumentException.class, () -> new SourceImage(noUid, null));
    }

    @Test
    void lateralityFollowsTheBodyPartAndMalformedDatesBecomeUnknown() {
        Attributes chest = source();
        chest.setString(Tag.BodyPartExamined, VR.CS, "CHEST");
        chest.remove(Tag.Laterality);
        chest.setString(Tag.ImageLaterality, VR.CS, "R");
        chest.setString(Tag.PatientBirthDate, VR.DA, "d14a028c2a3a2bc9");
        chest.setString(Tag.AccessionNumber, VR.SH, "A-NUMBER-LONGER-THAN-SH-ALLOWS");
        ImageFindings none = new ImageFindings(ImageCategory.NEGATIVE, 0.1, List.of());
        Attributes sc = AnnotatedSecondaryCapture.create(new SourceImage(chest, null), TestSources.gradient(400, 300),
                none, MODEL, options());
        assertTrue(!sc.contains(Tag.Laterality), "no laterality for an unpaired body part");
        assertTrue(sc.contains(Tag.PatientBirthDate) && sc.getString(Tag.PatientBirthDate) == null, "malformed DA → empty");
        assertEquals("A-NUMBER-LONGER-THAN-SH-ALLOWS", sc.getString(Tag.AccessionNumber), "identifiers copied verbatim");

        Attributes hand = source();
        hand.setString(Tag.BodyPartExamined, VR.CS, "HAND");
        hand.remove(Tag.Laterality);
        Attributes sc2 = AnnotatedSecondaryCapture.create(new SourceImage(hand, null), TestSources.gradient(400, 300),
                none, MODEL, options());
        assertTrue(sc2.contains(Tag.Laterality) && sc2.getString(Tag.Laterality) == null, "paired, unknown → empty");
        hand.setString(Tag.ImageLaterality, VR.CS, "L");
        Attributes sc3 = AnnotatedSecondaryCapture.create(new SourceImage(hand, null), TestSources.gradient(400, 300),
                none, MODEL, options());
        assertEquals("L", sc3.getString(Tag.Laterality));
    }

    @Test
    void writtenFileReadsBackWithMetaAndPixels(@TempDir Path tmp) throws Exception {
        Attributes sc = annotated(List.of(SOLID, DOTTED));
        Path f = tmp.resolve("sc.dcm");
        AnnotatedSecondaryCapture.write(f, sc);
        Part10File back = Part10Reader.read(f);
        assertEquals(UID.ExplicitVRLittleEndian, back.transferSyntaxUid());
        assertEquals(sc.getString(Tag.SOPInstanceUID), back.fileMeta().getString(Tag.MediaStorageSOPInstanceUID));
        assertEquals("Müller^Zoë", back.dataset().getString(Tag.PatientName));
        assertArrayEquals(sc.getBytes(Tag.PixelData), back.dataset().getBytes(Tag.PixelData));
    }
}

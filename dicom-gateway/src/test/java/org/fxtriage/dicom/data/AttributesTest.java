package org.fxtriage.dicom.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributesTest {

    @Test
    void elementsIterateInAscendingTagOrderWhateverTheInsertionOrder() {
        Attributes a = new Attributes();
        a.setBytes(Tag.PixelData, VR.OW, new byte[2]);
        a.setString(Tag.PatientID, VR.LO, "P1");
        a.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3");
        a.setValue(0xFFFCFFFC, VR.OB, null);
        List<Integer> order = new ArrayList<>();
        a.forEach(e -> order.add(e.tag()));
        assertEquals(List.of(Tag.SOPInstanceUID, Tag.PatientID, Tag.PixelData, 0xFFFCFFFC), order,
                "unsigned order: (7FE0,…) and (FFFC,…) after (0010,…)");
        assertTrue(a.remove(Tag.PatientID));
        assertFalse(a.remove(Tag.PatientID));
        assertFalse(a.contains(Tag.PatientID));
        assertEquals(3, a.size());
    }

    @Test
    void stringValuesSplitTrimAndDefault() {
        Attributes a = new Attributes();
        a.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY");
        a.setValue(Tag.WindowCenter, VR.DS, " 550 \\ 600"); // raw value as read from a file
        a.setString(Tag.PatientComments, VR.LT, "  keeps leading spaces\\and backslashes  ");
        a.setString(Tag.AccessionNumber, VR.SH, "");
        assertEquals("ORIGINAL", a.getString(Tag.ImageType));
        assertArrayEquals(new String[] {"ORIGINAL", "PRIMARY"}, a.getStrings(Tag.ImageType));
        assertArrayEquals(new double[] {550, 600}, a.getDoubles(Tag.WindowCenter));
        assertEquals(550, a.getInt(Tag.WindowCenter, -1));
        assertEquals("  keeps leading spaces\\and backslashes", a.getString(Tag.PatientComments));
        assertNull(a.getString(Tag.AccessionNumber));
        assertTrue(a.contains(Tag.AccessionNumber));
        assertFalse(a.containsValue(Tag.AccessionNumber));
        assertEquals("none", a.getString(Tag.StudyID, "none"));
        assertEquals(7, a.getInt(Tag.Rows, 7));
        assertThrows(IllegalArgumentException.class, () -> a.setString(Tag.ImageType, VR.CS, "A\\B"));
        assertThrows(IllegalArgumentException.class, () -> a.setString(Tag.Rows, VR.US, "1"));
        assertThrows(IllegalArgumentException.class, () -> a.setBytes(Tag.PatientID, VR.LO, new byte[0]));
    }

    @Test
    void numbersByVr() {
        Attributes a = new Attributes();
        a.setInt(Tag.Rows, VR.US, 2500);
        a.setInt(Tag.PixelIntensityRelationshipSign, VR.SS, -1);
        a.setDouble(Tag.RescaleSlope, VR.DS, 0.5);
        a.setDouble(Tag.ImagerPixelSpacing, VR.DS, 0.139, 0.14);
        a.setInt(Tag.InstanceNumber, VR.IS, 3);
        assertEquals(2500, a.getInt(Tag.Rows, 0));
        assertEquals("2500", a.getString(Tag.Rows));
        assertEquals(-1, a.getInt(Tag.PixelIntensityRelationshipSign, 0));
        assertEquals(0.5, a.getDouble(Tag.RescaleSlope, 0));
        assertEquals("0.139", a.getStrings(Tag.ImagerPixelSpacing)[0]);
        assertEquals(3, a.getInt(Tag.InstanceNumber, 0));
        assertEquals("3", a.getString(Tag.InstanceNumber));
        a.setString(Tag.SeriesNumber, VR.IS, "x");
        assertEquals(-1, a.getInt(Tag.SeriesNumber, -1), "unparsable gives the default");
        assertEquals(1e-20, Double.parseDouble(Attributes.formatDS(1e-20)));
        assertTrue(Attributes.formatDS(-1.2345678901234567e-100).length() <= 16);
        assertTrue(Attributes.formatDS(Math.PI).length() <= 16);
        assertEquals(Math.PI, Double.parseDouble(Attributes.formatDS(Math.PI)), 1e-13);
    }

    @Test
    void sequencesHaveParentsAndCopiesAreDeep() {
        Attributes a = new Attributes();
        a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
        Sequence seq = a.newSequence(Tag.ReferencedImageSequence);
        Attributes item = seq.addItem();
        item.setString(Tag.ReferencedSOPInstanceUID, VR.UI, "1.2");
        assertSame(a, item.parent());
        assertEquals(1, item.level());
        assertEquals(SpecificCharacterSet.UTF_8, item.specificCharacterSet());
        assertThrows(IllegalArgumentException.class, () -> item.newSequence(Tag.ContentSequence).add(a),
                "a dataset cannot contain itself");
        item.remove(Tag.ContentSequence);

        Attributes copy = new Attributes(a);
        assertEquals(a, copy);
        assertEquals(a.hashCode(), copy.hashCode());
        copy.getNestedDataset(Tag.ReferencedImageSequence).setString(Tag.ReferencedSOPInstanceUID, VR.UI, "9.9");
        assertEquals("1.2", a.getNestedDataset(Tag.ReferencedImageSequence).getString(Tag.ReferencedSOPInstanceUID));
        assertNotEquals(a, copy);
    }

    @Test
    void toStringShowsStructureButNoValues() {
        Attributes a = new Attributes();
        a.setString(Tag.PatientName, VR.PN, "Doe^Jane");
        a.setString(Tag.PatientBirthDate, VR.DA, "19700101");
        a.newSequence(Tag.OtherPatientIDsSequence).addItem().setString(Tag.PatientID, VR.LO, "SECRET-ID");
        String s = a.toString();
        assertTrue(s.contains("(0010,0010) PN") && s.contains("PatientName"), s);
        assertFalse(s.contains("Doe") || s.contains("1970") || s.contains("SECRET"), "no patient data in logs: " + s);
    }

    @Test
    void bulkDataEqualsByContent(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("x.bin");
        Files.write(f, new byte[] {9, 9, 1, 2, 3, 4, 9});
        BulkData ref = BulkData.ofFile(f, 2, 4);
        assertEquals(BulkData.ofBytes(new byte[] {1, 2, 3, 4}), ref);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, ref.openStream().readAllBytes());
        Attributes x = new Attributes();
        x.setValue(Tag.PixelData, VR.OB, ref);
        Attributes y = new Attributes();
        y.setBytes(Tag.PixelData, VR.OB, new byte[] {1, 2, 3, 4});
        assertEquals(x, y, "a reference equals loaded bytes with the same content");
        assertArrayEquals(new byte[] {1, 2, 3, 4}, x.getBytes(Tag.PixelData));
        assertThrows(java.io.EOFException.class, () -> BulkData.ofFile(f, 5, 10).readBytes());
    }

    @Test
    void transferSyntaxLookup() {
        assertTrue(TransferSyntax.of("1.2.840.10008.1.2.4.90").orElseThrow().encapsulated());
        assertTrue(TransferSyntax.of("1.2.840.10008.1.2.1.99\0").orElseThrow().deflated(), "UI padding ignored");
        assertFalse(TransferSyntax.of(UID.ImplicitVRLittleEndian).orElseThrow().explicitVR());
        assertTrue(TransferSyntax.of(UID.ExplicitVRBigEndian).orElseThrow().bigEndian());
        assertTrue(TransferSyntax.of("1.2.3").isEmpty());
        assertEquals("Digital X-Ray Image Storage - For Presentation", UID.nameOf(UID.DigitalXRayImageStorageForPresentation));
        assertEquals("1.2.3", UID.nameOf("1.2.3"));
        assertFalse(UID.isValid("1.2.03"));
        assertFalse(UID.isValid("1..2"));
        assertTrue(UID.isValid(UID.ComprehensiveSRStorage));
    }
}

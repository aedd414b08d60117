package org.fxtriage.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Fragments;
import org.fxtriage.dicom.data.BulkData;
import org.fxtriage.dicom.data.Sequence;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;
import org.fxtriage.dicom.data.VR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Encoding rules of PS3.5 §7 for every VR, sequences and items, byte orders (unit level, no files). */
class DatasetCodecTest {
    private static final int PRIVATE = 0x00091010;

    private static Attributes read(byte[] b, TransferSyntax ts) throws IOException {
        return DatasetReader.read(new ByteArrayInputStream(b), ts, ReadOptions.DEFAULT);
    }

    /** A sample value for each VR, with an odd length where the VR allows it so padding is exercised. */
    private static Attributes sample(VR vr) {
        Attributes a = new Attributes();
        int tag = PRIVATE;
        switch (vr) {
            case AE -> a.setString(tag, vr, "STORESCP");
            case AS -> a.setString(tag, vr, "065Y");
            case CS -> a.setString(tag, vr, "ORIGINAL", "PRIMARY");
            case DA -> a.setString(tag, vr, "20240131");
            case DS -> a.setDouble(tag, vr, 0.139, -2.5e-3);
            case DT -> a.setString(tag, vr, "20240131123456.123456+0100");
            case IS -> a.setInt(tag, vr, 12, -3);
            case LO, SH, UC -> a.setString(tag, vr, "Hip, left");
            case LT, ST, UT -> a.setString(tag, vr, "line one\\ with backslash\r\nline two");
            case PN -> a.setString(tag, vr, "Doe^Jane");
            case TM -> a.setString(tag, vr, "123456.5");
            case UI -> a.setString(tag, vr, "1.2.840.10008.5.1.4.1.1.1");
            case UR -> a.setString(tag, vr, "http://127.0.0.1/x");
            case AT -> a.setInt(tag, vr, Tag.StudyInstanceUID, Tag.PixelData);
            case FL -> a.setDouble(tag, vr, 1.5, -0.25);
            case FD -> a.setDouble(tag, vr, Math.PI, -1e300);
            case OD -> a.setDouble(tag, vr, Math.E, 2);
            case OF -> a.setDouble(tag, vr, 0.5f, 3);
            case OL, UL -> a.setInt(tag, vr, 0xFFFFFFFE, 7);
            case SL -> a.setInt(tag, vr, -123456789, 5);
            case SS -> a.setInt(tag, vr, -2, 32767);
            case US -> a.setInt(tag, vr, 65535, 0);
            case SV -> a.setLong(tag, vr, Long.MIN_VALUE, 42);
            case UV, OV -> a.setLong(tag, vr, -1L /* 2^64-1 */, 42);
            case OW -> a.setBytes(tag, vr, new byte[] {1, 2, 3, 4});
            case OB, UN -> a.setBytes(tag, vr, new byte[] {1, 2, 3});
            case SQ -> a.newSequence(tag).addItem().setString(Tag.CodeValue, VR.SH, "T-12345");
        }
        return a;
    }

    @ParameterizedTest
    @EnumSource(VR.class)
    void everyVrHasTheHeaderFormOfPs35AndRoundTripsInEveryByteOrder(VR vr) throws IOException {
        Attributes a = sample(vr);
        byte[] explicit = DatasetWriter.toBytes(a, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        // tag, then the VR's two characters
        assertArrayEquals(new byte[] {0x09, 0x00, 0x10, 0x10}, Arrays.copyOf(explicit, 4));
        assertEquals(vr.name(), new String(explicit, 4, 2, java.nio.charset.StandardCharsets.US_ASCII));
        boolean longForm = switch (vr) {
            case OB, OD, OF, OL, OV, OW, SQ, UC, UR, UT, UN, SV, UV -> true;
            default -> false;
        };
        assertEquals(longForm, vr.hasLongHeader(), "PS3.5 Table 7.1-1 vs 7.1-2");
        if (longForm) {
            assertEquals(0, explicit[6] | explicit[7], "reserved bytes");
        }
        int headerLen = longForm ? 12 : 8;
        long len = longForm ? (explicit[8] & 0xFFL) | (explicit[9] & 0xFFL) << 8 : (explicit[6] & 0xFF) | (explicit[7] & 0xFF) << 8;
        if (vr == VR.SQ) {
            assertEquals(0xFFFFL, len & 0xFFFF, "sequences written with undefined length");
        } else {
            assertEquals(explicit.length - headerLen, len, "value length");
            assertEquals(0, len % 2, "values are padded to even length");
        }
        if (vr == VR.OB || vr == VR.UN || vr == VR.UI) {
            assertEquals(0, explicit[explicit.length - 1], vr + " pads with NUL");
        }
        if (vr == VR.AE || vr == VR.LO) {
            // "STORESCP" is even; "Hip, left" is odd → space padded
            assertTrue(vr == VR.AE || explicit[explicit.length - 1] == ' ');
        }
        for (TransferSyntax ts : new TransferSyntax[] {TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntax.EXPLICIT_VR_BIG_ENDIAN, TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN}) {
            Attributes back = read(DatasetWriter.toBytes(a, ts), ts);
            if (vr == VR.OB || vr == VR.UN) {
                // odd binary values come back with their NUL pad byte
                assertArrayEquals(new byte[] {1, 2, 3, 0}, back.getBytes(PRIVATE), ts.name());
                continue;
            }
            assertEquals(a, back, vr + " in " + ts.name());
        }
        // implicit VR: a private tag has no dictionary VR, so it comes back as UN with the same bytes
        Attributes implicitBack = read(DatasetWriter.toBytes(a, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN),
                TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        if (vr == VR.SQ) {
            assertEquals(a, implicitBack, "undefined length in implicit VR means SQ");
        } else {
            assertEquals(VR.UN, implicitBack.getVR(PRIVATE));
        }
    }

    @Test
    void numbersDecodeToTheValuesSet() throws IOException {
        Attributes a = new Attributes();
        a.setLong(0x00091001, VR.UV, -1L);
        a.setLong(0x00091002, VR.SV, Long.MIN_VALUE);
        a.setInt(0x00091003, VR.UL, 0xFFFFFFFF);
        a.setInt(0x00091004, VR.US, 65535);
        a.setInt(0x00091005, VR.SS, -1);
        a.setInt(0x00091006, VR.AT, Tag.StudyInstanceUID);
        a.setDouble(0x00091007, VR.DS, 1.0 / 3);
        Attributes b = read(DatasetWriter.toBytes(a, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        assertEquals("18446744073709551615", b.getString(0x00091001));
        assertEquals(Long.MIN_VALUE, b.getLong(0x00091002, 0));
        assertEquals(0xFFFFFFFFL, b.getLong(0x00091003, 0));
        assertEquals(65535, b.getInt(0x00091004, 0));
        assertEquals(-1, b.getInt(0x00091005, 0));
        assertEquals("(0020,000D)", b.getString(0x00091006));
        assertEquals(Tag.StudyInstanceUID, b.getInt(0x00091006, 0));
        assertTrue(b.getString(0x00091007).length() <= 16, "DS is at most 16 characters");
        assertEquals(1.0 / 3, b.getDouble(0x00091007, 0), 1e-12);
    }

    @Test
    void undefinedLengthSequencesAndItemsNestedInDefinedOnes() throws IOException {
        // (0008,1140) SQ undefined { item undefined { (0008,1150) UI "1.2" ; (0040,A730) SQ defined { item defined { (0040,A010) CS "CONTAINS" } } } }
        byte[] inner = Bytes.le().shortElement(Tag.RelationshipType, "CS", Bytes.even("CONTAINS", ' ')).toByteArray();
        byte[] innerItem = Bytes.le().tag(Tag.Item).u32(inner.length).raw(inner).toByteArray();
        byte[] b = Bytes.le()
                .longElement(Tag.ReferencedImageSequence, "SQ", 0xFFFFFFFFL)
                .tag(Tag.Item).u32(0xFFFFFFFFL)
                .shortElement(Tag.ReferencedSOPClassUID, "UI", Bytes.even("1.2", 0))
                .longElement(Tag.ContentSequence, "SQ", innerItem.length).raw(innerItem)
                .tag(Tag.ItemDelimitationItem).u32(0)
                .tag(Tag.Item).u32(0) // an empty item of defined length
                .tag(Tag.SequenceDelimitationItem).u32(0)
                .shortElement(Tag.PatientID, "LO", Bytes.even("ID1", ' '))
                .toByteArray();
        Attributes a = read(b, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        Sequence seq = a.getSequence(Tag.ReferencedImageSequence);
        assertEquals(2, seq.size());
        assertEquals("1.2", seq.get(0).getString(Tag.ReferencedSOPClassUID));
        assertEquals("CONTAINS", seq.get(0).getNestedDataset(Tag.ContentSequence).getString(Tag.RelationshipType));
        assertTrue(seq.get(1).isEmpty());
        assertEquals("ID1", a.getString(Tag.PatientID), "reading continues after the sequence delimiter");
        assertEquals(2, seq.get(0).getNestedDataset(Tag.ContentSequence).level());
        // the same structure in implicit VR (SQ from the dictionary) and after re-encoding
        for (TransferSyntax ts : new TransferSyntax[] {TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN}) {
            assertEquals(a, read(DatasetWriter.toBytes(a, ts), ts), ts.name());
        }
    }

    @Test
    void explicitUnOfUndefinedLengthIsReadAsImplicitItems() throws IOException {
        // PS3.5 §6.2.2: an SQ that a relay only knew as UN keeps undefined length; its items are implicit VR LE
        byte[] b = Bytes.le()
                .longElement(0x00091010, "UN", 0xFFFFFFFFL)
                .tag(Tag.Item).u32(0xFFFFFFFFL)
                .implicitHeader(Tag.CodeValue, 4).ascii("ABCD")
                .tag(Tag.ItemDelimitationItem).u32(0)
                .tag(Tag.SequenceDelimitationItem).u32(0)
                .toByteArray();
        Attributes a = read(b, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        assertEquals(VR.SQ, a.getVR(0x00091010));
        assertEquals("ABCD", a.getNestedDataset(0x00091010).getString(Tag.CodeValue));
        assertEquals(VR.SH, a.getNestedDataset(0x00091010).getVR(Tag.CodeValue));
    }

    @Test
    void explicitBigEndianIsReadWithEveryNumberSwapped() throws IOException {
        byte[] b = Bytes.be()
                .shortElement(Tag.SpecificCharacterSet, "CS", Bytes.even("ISO_IR 100", ' '))
                .tag(Tag.Rows).ascii("US").u16(2).u16(0x0201)
                .tag(Tag.ReferencedFrameNumber).ascii("IS").u16(2).ascii("12")
                .tag(Tag.FrameIncrementPointer).ascii("AT").u16(4).u16(0x0018).u16(0x1063)
                .tag(0x00091001).ascii("UL").u16(4).u32(0x01020304L)
                .tag(0x00091002).ascii("FD").u16(8).raw(0x40, 0x09, 0x21, 0xFB, 0x54, 0x44, 0x2D, 0x18)
                .tag(0x00091003).ascii("SS").u16(2).u16(0xFFFE)
                .longElement(0x00091004, "SQ", 0xFFFFFFFFL)
                .tag(Tag.Item).u32(10).tag(Tag.BitsAllocated).ascii("US").u16(2).u16(16)
                .tag(Tag.SequenceDelimitationItem).u32(0)
                .longElement(Tag.PixelData, "OW", 4).u16(0x0102).u16(0x0304)
                .toByteArray();
        Attributes a = read(b, TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
        assertEquals(0x0201, a.getInt(Tag.Rows, 0));
        assertEquals(12, a.getInt(Tag.ReferencedFrameNumber, 0));
        assertEquals(0x00181063, a.getInt(Tag.FrameIncrementPointer, 0));
        assertEquals(0x01020304, a.getInt(0x00091001, 0));
        assertEquals(Math.PI, a.getDouble(0x00091002, 0), 0);
        assertEquals(-2, a.getInt(0x00091003, 0));
        assertEquals(16, a.getNestedDataset(0x00091004).getInt(Tag.BitsAllocated, 0));
        // pixel data from a big-endian stream is loaded and held little endian (no file to point into)
        assertArrayEquals(new byte[] {0x02, 0x01, 0x04, 0x03}, a.getBytes(Tag.PixelData));
    }

    @Test
    void encapsulatedPixelDataKeepsOffsetTableAndFragments() throws IOException {
        byte[] b = Bytes.le()
                .shortElement(Tag.Rows, "US", new byte[] {1, 0})
                .longElement(Tag.PixelData, "OB", 0xFFFFFFFFL)
                .tag(Tag.Item).u32(4).u32(0)
                .tag(Tag.Item).u32(6).raw(0xFF, 0xD8, 1, 2, 0xFF, 0xD9)
                .tag(Tag.Item).u32(2).raw(3, 4)
                .tag(Tag.SequenceDelimitationItem).u32(0)
                .toByteArray();
        TransferSyntax jpeg = TransferSyntax.of(org.fxtriage.dicom.data.UID.JPEGBaseline8Bit).orElseThrow();
        Attributes a = read(b, jpeg);
        Fragments f = a.getFragments(Tag.PixelData);
        assertEquals(2, f.fragmentCount());
        assertArrayEquals(new long[] {0}, f.basicOffsets());
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, (byte) 0xFF, (byte) 0xD9, 3, 4},
                f.openFragments(0, 2).readAllBytes());
        assertArrayEquals(b, DatasetWriter.toBytes(a, jpeg), "re-encoded byte for byte");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetWriter.toBytes(a, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        assertTrue(e.getMessage().contains("(7FE0,0010)"));
        a.setBytes(Tag.PixelData, VR.OW, new byte[4]);
        assertThrows(IllegalArgumentException.class, () -> DatasetWriter.toBytes(a, jpeg));
        assertNull(a.getFragments(Tag.PixelData));
        assertTrue(a.getBulkData(Tag.PixelData) instanceof BulkData);
    }

    @Test
    void implicitVrAmbiguousTypesFollowPixelRepresentation() throws IOException {
        byte[] b = Bytes.le()
                .implicitHeader(Tag.PixelRepresentation, 2).u16(1)
                .implicitHeader(Tag.SmallestImagePixelValue, 2).u16(0xFFFF)
                .implicitHeader(Tag.PixelData, 2).u16(7)
                .toByteArray();
        Attributes a = read(b, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        assertEquals(VR.SS, a.getVR(Tag.SmallestImagePixelValue));
        assertEquals(-1, a.getInt(Tag.SmallestImagePixelValue, 0));
        assertEquals(VR.OW, a.getVR(Tag.PixelData));
    }

    @Test
    void valueTooLongForA16BitLengthIsWrittenAsUn() throws IOException {
        Attributes a = new Attributes();
        a.setString(Tag.PatientComments, VR.LT, "x".repeat(70000));
        byte[] b = DatasetWriter.toBytes(a, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        assertEquals("UN", new String(b, 4, 2, java.nio.charset.StandardCharsets.US_ASCII));
        Attributes back = read(b, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        assertEquals(70000, back.getBytes(Tag.PatientComments).length);
    }
}

package org.fxtriage.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.io.DicomFormatException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: every case ends in a typed {@link DicomFormatException}, memory stays bounded. */
class ReaderLimitsTest {
    private static final TransferSyntax ELE = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;

    private static DicomFormatException readFails(byte[] b, TransferSyntax ts, ReadOptions o) {
        return assertThrows(DicomFormatException.class,
                () -> DatasetReader.read(new ByteArrayInputStream(b), ts, o));
    }

    private static DicomFormatException part10Fails(byte[] b, ReadOptions o) {
        return assertThrows(DicomFormatException.class, () -> Part10Reader.read(new ByteArrayInputStream(b), o));
    }

    @Test
    void fourGigabyteLengthOnAShortStreamIsRefusedWithoutAllocating() {
        byte[] b = Bytes.le().longElement(0x00091010, "OB", 0xFFFFFFF0L).raw(new byte[1000]).toByteArray();
        DicomFormatException e = readFails(b, ELE, ReadOptions.DEFAULT);
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals(0x00091010, e.tag());
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().contains("(0009,1010)") && e.getMessage().contains("offset 0"), e.getMessage());

        // with every limit lifted, the reader still only allocates as bytes actually arrive
        DicomLimits none = new DicomLimits(Long.MAX_VALUE, 64, Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
        e = readFails(b, ELE, ReadOptions.DEFAULT.withLimits(none));
        assertEquals(Reason.TRUNCATED, e.reason());
        // the same for pixel data loaded from a stream and for implicit VR
        byte[] px = Bytes.le().longElement(Tag.PixelData, "OW", 0xFFFFFFF0L).raw(new byte[1000]).toByteArray();
        assertEquals(Reason.LIMIT_EXCEEDED, readFails(px, ELE, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.LOAD)).reason());
        byte[] imp = Bytes.le().implicitHeader(Tag.PatientName, 0xFFFFFFFEL).raw(new byte[100]).toByteArray();
        assertEquals(Reason.LIMIT_EXCEEDED, readFails(imp, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, ReadOptions.DEFAULT).reason());
        assertEquals(Reason.TRUNCATED, readFails(imp, TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN, ReadOptions.DEFAULT.withLimits(none)).reason());
    }

    @Test
    void pixelDataReferencePastTheEndOfTheFileIsTruncated(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("short.dcm");
        Files.write(f, Bytes.part10(UID.ExplicitVRLittleEndian).longElement(Tag.PixelData, "OW", 0x7FFFFFF0L)
                .raw(new byte[64]).toByteArray());
        DicomFormatException e = assertThrows(DicomFormatException.class, () -> Part10Reader.read(f));
        assertEquals(Reason.TRUNCATED, e.reason());
        assertEquals(Tag.PixelData, e.tag());
        // SKIP on a stream: skipping past the end is noticed too
        assertEquals(Reason.TRUNCATED, part10Fails(Files.readAllBytes(f), ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.SKIP)).reason());
    }

    @Test
    void truncatedInputAnywhereIsTruncated() throws IOException {
        byte[] head = Bytes.part10(UID.ExplicitVRLittleEndian)
                .shortElement(Tag.PatientID, "LO", Bytes.even("ID-0001", ' ')).toByteArray();
        byte[] seq = Bytes.le()
                .longElement(Tag.ReferencedImageSequence, "SQ", 0xFFFFFFFFL)
                .tag(Tag.Item).u32(0xFFFFFFFFL)
                .shortElement(Tag.ReferencedSOPInstanceUID, "UI", Bytes.even("1.2.3", 0))
                .tag(Tag.ItemDelimitationItem).u32(0)
                .tag(Tag.SequenceDelimitationItem).u32(0).toByteArray();
        byte[] full = Bytes.le().raw(head).raw(seq)
                .longElement(Tag.PixelData, "OB", 0xFFFFFFFFL)
                .tag(Tag.Item).u32(0)
                .tag(Tag.Item).u32(4).raw(1, 2, 3, 4)
                .tag(Tag.SequenceDelimitationItem).u32(0)
                .toByteArray();
        Part10Reader.read(new ByteArrayInputStream(full), ReadOptions.DEFAULT); // complete input is fine
        int dataStart = 132 + 12 + 8 + 20; // preamble, group length, TS element ("1.2.840.10008.1.2.1" padded = 20)
        for (int cut = dataStart + 1; cut < full.length; cut++) {
            if (cut == head.length || cut == head.length + seq.length) {
                continue; // a cut between top-level elements leaves a shorter, valid dataset
            }
            byte[] b = Arrays.copyOf(full, cut);
            DicomFormatException e = part10Fails(b, ReadOptions.DEFAULT);
            assertEquals(Reason.TRUNCATED, e.reason(), "cut at " + cut + ": " + e.getMessage());
            assertTrue(e.offset() >= 0 && e.offset() <= cut, e.getMessage());
        }
        for (int cut = 0; cut < 132; cut += 7) {
            assertEquals(Reason.BAD_PREAMBLE, part10Fails(Arrays.copyOf(full, cut), ReadOptions.DEFAULT).reason());
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        Bytes b = Bytes.le();
        int depth = 40;
        for (int i = 0; i < depth; i++) {
            b.longElement(Tag.ContentSequence, "SQ", 0xFFFFFFFFL).tag(Tag.Item).u32(0xFFFFFFFFL);
        }
        for (int i = 0; i < depth; i++) {
            b.tag(Tag.ItemDelimitationItem).u32(0).tag(Tag.SequenceDelimitationItem).u32(0);
        }
        byte[] bytes = b.toByteArray();
        DicomFormatException e = readFails(bytes, ELE, ReadOptions.DEFAULT);
        assertEquals(Reason.NESTING_TOO_DEEP, e.reason());
        assertEquals(Tag.ContentSequence, e.tag());
        ReadOptions deep = ReadOptions.DEFAULT.withLimits(DicomLimits.DEFAULT.withMaxNestingDepth(depth));
        assertTrue(assertDoesNotThrowRead(bytes, deep));
    }

    private static boolean assertDoesNotThrowRead(byte[] b, ReadOptions o) {
        try {
            DatasetReader.read(new ByteArrayInputStream(b), ELE, o);
            return true;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void headerBudgetStopsEndlessElementsAndItems() {
        // an undefined-length sequence whose items never end: 100 000 empty items
        Bytes b = Bytes.le().longElement(Tag.ReferencedImageSequence, "SQ", 0xFFFFFFFFL);
        for (int i = 0; i < 100_000; i++) {
            b.tag(Tag.Item).u32(0);
        }
        ReadOptions small = ReadOptions.DEFAULT.withLimits(DicomLimits.DEFAULT.withMaxHeaderBytes(64 * 1024));
        DicomFormatException e = readFails(b.toByteArray(), ELE, small);
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertTrue(e.offset() <= 64 * 1024 + 12, e.getMessage());
        ReadOptions fewElements = ReadOptions.DEFAULT.withLimits(DicomLimits.DEFAULT.withMaxElementCount(1000));
        assertEquals(Reason.LIMIT_EXCEEDED, readFails(b.toByteArray(), ELE, fewElements).reason());
        // a single value larger than the remaining budget is refused before it is read
        byte[] big = Bytes.le().longElement(Tag.PatientComments, "UT", 100_000).raw(new byte[100_000]).toByteArray();
        assertEquals(Reason.LIMIT_EXCEEDED, readFails(big, ELE, small).reason());
        ReadOptions shortValues = ReadOptions.DEFAULT.withLimits(DicomLimits.DEFAULT.withMaxElementLength(1000));
        assertEquals(Reason.LIMIT_EXCEEDED, readFails(big, ELE, shortValues).reason());
    }

    @Test
    void malformedStructuresHaveTheirOwnReasons() {
        assertEquals(Reason.BAD_VR, readFails(Bytes.le().tag(Tag.PatientID).ascii("ZZ").u16(0).toByteArray(), ELE,
                ReadOptions.DEFAULT).reason());
        assertEquals(Reason.BAD_ITEM, readFails(Bytes.le().tag(Tag.Item).u32(0).toByteArray(), ELE,
                ReadOptions.DEFAULT).reason());
        byte[] notAnItem = Bytes.le().longElement(Tag.ReferencedImageSequence, "SQ", 8)
                .shortElement(Tag.PatientID, "LO", new byte[0]).toByteArray();
        assertEquals(Reason.BAD_ITEM, readFails(notAnItem, ELE, ReadOptions.DEFAULT).reason());
        byte[] overrun = Bytes.le().longElement(Tag.ReferencedImageSequence, "SQ", 8)
                .tag(Tag.Item).u32(10).shortElement(Tag.PatientID, "LO", new byte[2]).toByteArray();
        assertEquals(Reason.BAD_LENGTH, readFails(overrun, ELE, ReadOptions.DEFAULT).reason());
        byte[] elementOverrun = Bytes.le().longElement(Tag.ReferencedImageSequence, "SQ", 16)
                .tag(Tag.Item).u32(8).shortElement(Tag.PatientID, "LO", new byte[4]).toByteArray();
        assertEquals(Reason.BAD_LENGTH, readFails(elementOverrun, ELE, ReadOptions.DEFAULT).reason());
        byte[] undefinedString = Bytes.le().longElement(Tag.PatientComments, "UT", 0xFFFFFFFFL).toByteArray();
        assertEquals(Reason.BAD_LENGTH, readFails(undefinedString, ELE, ReadOptions.DEFAULT).reason());
        byte[] undefinedFragment = Bytes.le().longElement(Tag.PixelData, "OB", 0xFFFFFFFFL).tag(Tag.Item)
                .u32(0xFFFFFFFFL).toByteArray();
        assertEquals(Reason.BAD_LENGTH, readFails(undefinedFragment, ELE, ReadOptions.DEFAULT).reason());
        byte[] noOffsetTable = Bytes.le().longElement(Tag.PixelData, "OB", 0xFFFFFFFFL)
                .tag(Tag.SequenceDelimitationItem).u32(0).toByteArray();
        assertEquals(Reason.BAD_ITEM, readFails(noOffsetTable, ELE, ReadOptions.DEFAULT).reason());
    }

    @Test
    void part10HeaderProblems() {
        byte[] notDicm = new byte[200];
        assertEquals(Reason.BAD_PREAMBLE, part10Fails(notDicm, ReadOptions.DEFAULT).reason());
        byte[] noTs = Bytes.le().raw(new byte[128]).ascii("DICM")
                .shortElement(Tag.MediaStorageSOPClassUID, "UI", Bytes.even("1.2", 0)).toByteArray();
        DicomFormatException e = part10Fails(noTs, ReadOptions.DEFAULT);
        assertEquals(Reason.BAD_FILE_META, e.reason());
        assertEquals(Tag.TransferSyntaxUID, e.tag());
        DicomFormatException unknown = part10Fails(Bytes.part10("1.2.3.4.5.6").toByteArray(), ReadOptions.DEFAULT);
        assertEquals(Reason.UNSUPPORTED_TRANSFER_SYNTAX, unknown.reason());
        assertTrue(unknown.getMessage().contains("1.2.3.4.5.6"));
        byte[] badDeflate = Bytes.part10(UID.DeflatedExplicitVRLittleEndian).raw(0xFF, 0xFF, 0xFF, 0xFF, 0, 1, 2, 3).toByteArray();
        assertEquals(Reason.BAD_DEFLATE, part10Fails(badDeflate, ReadOptions.DEFAULT).reason());
    }
}

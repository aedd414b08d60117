package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.BulkData;
import org.fxtriage.dicom.data.Fragments;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.DatasetReader;
import org.fxtriage.dicom.io.DicomFormatException;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Part10DatasetSourceTest {

    private static Path sample(String relative) {
        return Samples.dicomDir().resolve(relative);
    }

    private static byte[] readAll(Part10DatasetSource s) throws IOException {
        try (InputStream in = s.openDataset()) {
            return in.readAllBytes();
        }
    }

    /** Dataset start computed independently of our reader: 132 + the meta group's own (0002,0000) element + its value. */
    private static long datasetOffsetFromGroupLength(byte[] file) {
        assertEquals("DICM", new String(file, 128, 4, StandardCharsets.US_ASCII));
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x0002, b.getShort(132));
        assertEquals(0x0000, b.getShort(134));
        return 144 + (b.getInt(140) & 0xFFFFFFFFL);
    }

    @Test
    void wellFormedFilesGoVerbatimByteForByte() throws Exception {
        for (String name : List.of("original/wg04/RG2_UNC.dcm", "original/wg04/RG3_JLSL.dcm", "original/wg04/RG2_J2KR.dcm",
                "derived/CR_chest_MONO1_10bit_implicitVR.dcm")) {
            Path file = sample(name);
            byte[] all = Files.readAllBytes(file);
            Part10DatasetSource s = Part10DatasetSource.open(file);
            assertTrue(s.verbatim(), name);
            assertEquals(0, s.oddLengthValues(), name);
            long offset = datasetOffsetFromGroupLength(all);
            assertEquals(offset, s.datasetOffset(), name);
            assertArrayEquals(Arrays.copyOfRange(all, (int) offset, all.length), readAll(s), name);
            Part10File f = Part10Reader.read(file, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.STOP));
            assertEquals(f.transferSyntaxUid(), s.transferSyntaxUid(), name);
            assertEquals(f.dataset().getString(Tag.SOPInstanceUID), s.sopInstanceUid(), name);
            assertEquals(f.dataset().getString(Tag.SOPClassUID), s.sopClassUid(), name);
        }
    }

    @Test
    void oddFragmentIsReencodedPaddedToEvenWithTheSameBytesOtherwise(@TempDir Path staging) throws Exception {
        Path file = sample("original/gdcm/NM_Kakadu44_SOTmarkerincons.dcm");
        Part10DatasetSource s = Part10DatasetSource.open(file, staging);
        assertFalse(s.verbatim());
        assertTrue(s.oddLengthValues() > 0);

        byte[] sent = readAll(s);
        try (Stream<Path> left = Files.list(staging)) {
            assertEquals(0, left.count(), "the staged re-encoding is deleted when its stream is closed");
        }
        Part10File original = Part10Reader.read(file, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.LOAD));
        DatasetReader reader = new DatasetReader(new ByteArrayInputStream(sent), original.transferSyntax(),
                ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.LOAD));
        Attributes received = reader.read();
        assertEquals(0, reader.oddLengthValues(), "every value and fragment on the wire has even length");

        Fragments before = original.dataset().getFragments(Tag.PixelData);
        Fragments after = received.getFragments(Tag.PixelData);
        assertEquals(before.items().size(), after.items().size());
        boolean sawOdd = false;
        for (int i = 0; i < before.items().size(); i++) {
            byte[] b = before.items().get(i).readBytes();
            byte[] a = after.items().get(i).readBytes();
            assertEquals(0, a.length % 2, "item " + i);
            if (b.length % 2 == 1) {
                sawOdd = true;
                assertEquals(b.length + 1, a.length, "odd item " + i + " gains one pad byte");
                assertEquals(0, a[a.length - 1], "pad byte of item " + i);
                assertArrayEquals(b, Arrays.copyOf(a, b.length), "item " + i);
            } else {
                assertArrayEquals(b, a, "item " + i);
            }
        }
        assertTrue(sawOdd, "the sample has an odd-length fragment");

        Attributes expected = new Attributes(original.dataset());
        expected.remove(Tag.PixelData);
        expected.removeGroup(0x0002);
        for (int tag : original.dataset().tags()) {
            if (Tag.isGroupLength(tag)) {
                expected.remove(tag); // retired in datasets; DatasetWriter leaves them out (PS3.5 §7.2)
            }
        }
        Attributes actual = new Attributes(received);
        actual.remove(Tag.PixelData);
        assertEquals(expected, actual, "every other element is unchanged");
    }

    @Test
    void oddLengthTextValueIsPaddedWithASpace(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream ds = new ByteArrayOutputStream();
        element(ds, 0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7\0".getBytes(StandardCharsets.US_ASCII));
        element(ds, 0x0008, 0x0018, "UI", "1.2.3.4\0".getBytes(StandardCharsets.US_ASCII));
        element(ds, 0x0008, 0x103E, "LO", "ODD".getBytes(StandardCharsets.US_ASCII)); // 3 bytes: invalid (PS3.5 §7.1.1)
        Path file = dir.resolve("odd.dcm");
        Files.write(file, part10(ds.toByteArray()));

        Part10DatasetSource s = Part10DatasetSource.open(file, dir);
        assertFalse(s.verbatim());
        assertEquals(1, s.oddLengthValues());
        byte[] sent = readAll(s);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        element(expected, 0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7\0".getBytes(StandardCharsets.US_ASCII));
        element(expected, 0x0008, 0x0018, "UI", "1.2.3.4\0".getBytes(StandardCharsets.US_ASCII));
        element(expected, 0x0008, 0x103E, "LO", "ODD ".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(expected.toByteArray(), sent);
    }

    @Test
    void strayDelimiterAfterTheDatasetIsNotSent(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream ds = new ByteArrayOutputStream();
        element(ds, 0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7\0".getBytes(StandardCharsets.US_ASCII));
        element(ds, 0x0008, 0x0018, "UI", "1.2.3.4\0".getBytes(StandardCharsets.US_ASCII));
        byte[] valid = ds.toByteArray();
        // (FFFE,E0DD) with length 0 after the last element: left by some writers, not a data element
        ds.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xDD, (byte) 0xE0, 0, 0, 0, 0});
        Path file = dir.resolve("stray.dcm");
        Files.write(file, part10(ds.toByteArray()));

        Part10DatasetSource s = Part10DatasetSource.open(file, dir);
        assertFalse(s.verbatim());
        assertEquals(0, s.oddLengthValues());
        assertArrayEquals(valid, readAll(s));
    }

    @Test
    void truncatedFileFailsAtOpenWithATypedError(@TempDir Path dir) throws Exception {
        byte[] all = Files.readAllBytes(sample("original/wg04/RG2_UNC.dcm"));
        for (int keep : new int[] {all.length - 1, all.length / 2, 600, 140}) {
            Path cut = dir.resolve("cut" + keep + ".dcm");
            Files.write(cut, Arrays.copyOf(all, keep));
            DicomFormatException e = assertThrows(DicomFormatException.class, () -> Part10DatasetSource.open(cut), "kept " + keep);
            assertEquals(DicomFormatException.Reason.TRUNCATED, e.reason(), e.getMessage());
        }
        Path notDicom = dir.resolve("text.dcm");
        Files.writeString(notDicom, "not a DICOM file");
        assertThrows(DicomFormatException.class, () -> Part10DatasetSource.open(notDicom));
    }

    @Test
    void fileChangedAfterOpenIsNotSent(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(sample("original/wg04/RG2_UNC.dcm"), dir.resolve("copy.dcm"));
        Part10DatasetSource s = Part10DatasetSource.open(copy);
        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() - 60_000));
        IOException e = assertThrows(IOException.class, s::openDataset);
        assertTrue(e.getMessage().contains("changed"), e.getMessage());
    }

    // -- a minimal explicit VR little endian Part 10 file, written by hand so it can hold invalid values --

    private static void element(ByteArrayOutputStream out, int group, int elem, String vr, byte[] value) {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) group).putShort((short) elem).put(vr.getBytes(StandardCharsets.US_ASCII)).putShort((short) value.length);
        out.writeBytes(b.array());
        out.writeBytes(value);
    }

    private static byte[] part10(byte[] dataset) {
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        element(meta, 0x0002, 0x0002, "UI", "1.2.840.10008.5.1.4.1.1.7\0".getBytes(StandardCharsets.US_ASCII));
        element(meta, 0x0002, 0x0003, "UI", "1.2.3.4\0".getBytes(StandardCharsets.US_ASCII));
        element(meta, 0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1\0".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[128]);
        out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer gl = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        gl.putShort((short) 2).putShort((short) 0).put("UL".getBytes(StandardCharsets.US_ASCII)).putShort((short) 4).putInt(meta.size());
        out.writeBytes(gl.array());
        out.writeBytes(meta.toByteArray());
        out.writeBytes(dataset);
        return out.toByteArray();
    }
}

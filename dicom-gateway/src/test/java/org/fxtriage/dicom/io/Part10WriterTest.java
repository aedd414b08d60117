package org.fxtriage.dicom.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Inflater;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.BulkData;
import org.fxtriage.dicom.data.Implementation;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PS3.10 §7.1 file layout as written, and the SCP's "meta, then received bytes verbatim" path. */
class Part10WriterTest {

    private static Attributes secondaryCapture() {
        Attributes a = new Attributes();
        a.setString(Tag.SOPClassUID, VR.UI, UID.SecondaryCaptureImageStorage);
        a.setString(Tag.SOPInstanceUID, VR.UI, "2.25.1234567890");
        a.setString(Tag.PatientID, VR.LO, "P1");
        a.setInt(Tag.Rows, VR.US, 2);
        a.setInt(Tag.Columns, VR.US, 2);
        a.setBytes(Tag.PixelData, VR.OW, new byte[] {1, 0, 2, 0, 3, 0, 4, 0});
        return a;
    }

    @Test
    void metaHeaderHasPreambleDicmGroupLengthAndOurImplementation() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FileMetaInformation meta = FileMetaInformation.of(UID.ComputedRadiographyImageStorage, "1.2.3.4",
                UID.JPEG2000Lossless).withSourceApplicationEntityTitle("MODALITY1");
        Part10Writer.writeFileMetaInformation(out, meta);
        byte[] b = out.toByteArray();
        assertArrayEquals(new byte[128], Arrays.copyOf(b, 128));
        assertEquals("DICM", new String(b, 128, 4, java.nio.charset.StandardCharsets.US_ASCII));
        // (0002,0000) UL 4 <n>: n = bytes after the group length element
        assertArrayEquals(new byte[] {2, 0, 0, 0, 'U', 'L', 4, 0}, Arrays.copyOfRange(b, 132, 140));
        int groupLength = (b[140] & 0xFF) | (b[141] & 0xFF) << 8;
        assertEquals(b.length - 144, groupLength);
        assertEquals(0, b.length % 2);

        // a received dataset appended verbatim: the file reads back with this meta
        Attributes ds = new Attributes();
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3.4");
        byte[] dataset = DatasetWriter.toBytes(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        out.write(dataset);
        Part10File f = Part10Reader.read(new ByteArrayInputStream(out.toByteArray()), ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.STOP));
        assertEquals(b.length, f.datasetOffset());
        assertEquals(UID.JPEG2000Lossless, f.transferSyntaxUid());
        assertEquals(Implementation.CLASS_UID, f.fileMeta().getString(Tag.ImplementationClassUID));
        assertEquals("FXTRIAGE_010", f.fileMeta().getString(Tag.ImplementationVersionName));
        assertEquals("MODALITY1", f.fileMeta().getString(Tag.SourceApplicationEntityTitle));
        assertArrayEquals(new byte[] {0, 1}, f.fileMeta().getBytes(Tag.FileMetaInformationVersion));
        assertEquals(UID.ComputedRadiographyImageStorage, f.sopClassUid());
        assertEquals(meta, FileMetaInformation.from(f.fileMeta()));
    }

    @Test
    void implementationUidIsAValidUuidDerivedUid() {
        assertTrue(UID.isValid(Implementation.CLASS_UID));
        assertTrue(Implementation.CLASS_UID.startsWith("2.25."));
        assertTrue(Implementation.VERSION_NAME.length() <= 16);
        assertTrue(UID.isValid(UID.createUUIDBased()));
    }

    @Test
    void invalidMetaIsRefusedBeforeWriting() {
        assertThrows(IllegalArgumentException.class, () -> FileMetaInformation.of("1.2.03", "1.2", UID.ExplicitVRLittleEndian));
        assertThrows(NullPointerException.class, () -> FileMetaInformation.of(null, "1.2", UID.ExplicitVRLittleEndian));
        assertThrows(IllegalArgumentException.class, () -> FileMetaInformation.forDataset(new Attributes(), UID.ExplicitVRLittleEndian));
        assertThrows(IllegalArgumentException.class, () -> FileMetaInformation.of("1.2", "1.2", UID.ExplicitVRLittleEndian)
                .withSourceApplicationEntityTitle("THIS_AE_TITLE_IS_TOO_LONG"));
    }

    @Test
    void deflatedDatasetIsARawDeflateStreamAfterTheMeta(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("deflated.dcm");
        Attributes sc = secondaryCapture();
        Part10Writer.write(f, sc, UID.DeflatedExplicitVRLittleEndian);
        Part10File read = Part10Reader.read(f);
        assertEquals(sc, read.dataset());
        byte[] all = Files.readAllBytes(f);
        Inflater inf = new Inflater(true); // PS3.5 §A.5: RFC 1951 without zlib header
        inf.setInput(Arrays.copyOfRange(all, (int) read.datasetOffset(), all.length));
        byte[] plain = new byte[4096];
        int n = inf.inflate(plain);
        assertTrue(inf.finished());
        assertArrayEquals(DatasetWriter.toBytes(sc, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), Arrays.copyOf(plain, n));
    }

    @Test
    void referencedPixelDataIsCopiedFromItsFileAndRereferenced(@TempDir Path tmp) throws IOException {
        Path first = tmp.resolve("a.dcm");
        Part10Writer.write(first, secondaryCapture(), UID.ExplicitVRLittleEndian);
        Part10File a = Part10Reader.read(first);
        BulkData ref = a.dataset().getBulkData(Tag.PixelData);
        assertEquals(first, ref.file());
        assertEquals(8, ref.length());
        Path second = tmp.resolve("b.dcm");
        Part10Writer.write(second, a.dataset(), UID.ImplicitVRLittleEndian);
        Part10File b = Part10Reader.read(second);
        assertEquals(second, b.dataset().getBulkData(Tag.PixelData).file());
        assertArrayEquals(new byte[] {1, 0, 2, 0, 3, 0, 4, 0}, b.dataset().getBytes(Tag.PixelData));
        assertEquals(a.dataset(), b.dataset());
        // STOP: everything before pixel data, and the offset to stream from
        Part10File stop = Part10Reader.read(second, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.STOP));
        assertNull(stop.dataset().getValue(Tag.PixelData));
        assertEquals("P1", stop.dataset().getString(Tag.PatientID));
        assertEquals(b.datasetOffset(), stop.datasetOffset());
    }
}

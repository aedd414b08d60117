package org.fxtriage.dicom.net.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.fxtriage.dicom.net.testing.Dcmtk;
import org.fxtriage.dicom.net.ul.AssociationSettings;
import org.fxtriage.dicom.net.ul.StandardAssociationPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dcmtk echoscu/storescu (independent implementations) against our SCP. */
class DcmtkScuInteropIT {
    static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";

    @TempDir
    Path tmp;
    DicomServer server;
    FileStoreReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new FileStoreReceiver(tmp);
        StandardAssociationPolicy policy = StandardAssociationPolicy.builder()
                .calledAeTitles("FXTRIAGE")
                .abstractSyntax(Verification.SOP_CLASS_UID, EXPLICIT_LE, IMPLICIT_LE)
                .abstractSyntax(CR, JPEG_LOSSLESS_SV1, EXPLICIT_LE, IMPLICIT_LE)
                .build();
        server = new DicomServer(DicomServer.Config.of("127.0.0.1", 0).withSettings(AssociationSettings.defaults()), policy, receiver);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void echoscuGetsSuccess() throws Exception {
        Dcmtk.Result r = Dcmtk.run(30, "echoscu", "-v", "-aec", "FXTRIAGE", "-aet", "ECHOSCU", "127.0.0.1", String.valueOf(server.port()));
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("Received Echo Response (Success)"), r.output());
    }

    @Test
    void echoscuToUnknownCalledAeIsRejectedWithCalledAeNotRecognized() throws Exception {
        Dcmtk.Result r = Dcmtk.run(30, "echoscu", "-v", "-aec", "NOT_US", "127.0.0.1", String.valueOf(server.port()));
        assertTrue(r.exitCode() != 0, r.output());
        assertTrue(r.output().contains("Called AE Title Not Recognized"), r.output());
    }

    @Test
    void storescuUncompressedArrivesByteForByte() throws Exception {
        Path original = Dcmtk.sharedData().resolve("dicom/original/wg04/RG2_UNC.dcm");
        Dcmtk.Result r = Dcmtk.run(120, "storescu", "-aec", "FXTRIAGE", "-aet", "STORESCU", "127.0.0.1", String.valueOf(server.port()), original.toString());
        assertEquals(0, r.exitCode(), r.output());
        assertStoredMatches(original, EXPLICIT_LE);
    }

    @Test
    void storescuJpegLosslessKeepsItsTransferSyntax() throws Exception {
        Path original = Dcmtk.sharedData().resolve("dicom/original/wg04/RG2_JPLL.dcm");
        // -xs: propose JPEG lossless SV1 (and uncompressed); the file is JPEG lossless SV1, sent as is
        Dcmtk.Result r = Dcmtk.run(120, "storescu", "-xs", "-aec", "FXTRIAGE", "-aet", "STORESCU", "127.0.0.1", String.valueOf(server.port()), original.toString());
        assertEquals(0, r.exitCode(), r.output());
        assertStoredMatches(original, JPEG_LOSSLESS_SV1);
    }

    @Test
    void storescuWithTinyPdusAndSeveralFilesOnOneAssociation() throws Exception {
        Path dir = Dcmtk.sharedData().resolve("dicom/original/wg04");
        Path a = dir.resolve("RG2_UNC.dcm");
        Path b = dir.resolve("RG3_UNC.dcm");
        Dcmtk.Result r = Dcmtk.run(180, "storescu", "-v", "-pdu", "4096", "-aec", "FXTRIAGE", "127.0.0.1", String.valueOf(server.port()),
                a.toString(), b.toString());
        assertEquals(0, r.exitCode(), r.output());
        assertEquals(2, receiver.stored.size());
        assertEquals(1, countAssociations(r.output()), "both files on one association");
        assertSame(a, receiver.stored.get(0));
        assertSame(b, receiver.stored.get(1));
    }

    private static long countAssociations(String storescuOutput) {
        return storescuOutput.lines().filter(l -> l.contains("Requesting Association")).count();
    }

    private void assertStoredMatches(Path original, String expectedTs) throws Exception {
        assertEquals(1, receiver.stored.size(), "one instance stored");
        FileStoreReceiver.Stored s = receiver.stored.get(0);
        assertEquals(CR, s.request().affectedSopClassUid());
        assertEquals(expectedTs, s.request().transferSyntaxUid());
        assertEquals("STORESCU", s.request().callingAeTitle());
        assertEquals("FXTRIAGE", s.request().calledAeTitle());
        assertSame(original, s);
    }

    /** The received data set has the same elements as the file, and its pixel data is byte-identical. */
    static void assertSame(Path original, FileStoreReceiver.Stored s) throws Exception {
        Dcmtk.Result dump = Dcmtk.run(60, "dcmdump", "-f", readXfer(s.request().transferSyntaxUid()), s.file().toString());
        assertEquals(0, dump.exitCode(), dump.output());
        List<String> elements = Dcmtk.elements(Dcmtk.run(60, "dcmdump", original.toString()).output());
        assertEquals(elements, Dcmtk.elements(dump.output()));
        byte[] want = Dcmtk.pixelDataTail(Files.readAllBytes(original));
        byte[] got = Dcmtk.pixelDataTail(Files.readAllBytes(s.file()));
        // the file may end with trailing padding after the pixel data; the received data set does not
        assertTrue(got.length > 100_000 && got.length <= want.length, "pixel data length " + got.length);
        assertArrayEquals(Arrays.copyOf(want, got.length), got, "pixel data bytes");
    }

    static String readXfer(String ts) {
        return IMPLICIT_LE.equals(ts) ? "-ti" : "-te";
    }
}

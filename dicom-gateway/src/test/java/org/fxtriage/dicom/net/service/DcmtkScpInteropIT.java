package org.fxtriage.dicom.net.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.testing.Dcmtk;
import org.fxtriage.dicom.net.testing.FreePort;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationRequest;
import org.fxtriage.dicom.net.ul.AssociationSettings;
import org.fxtriage.dicom.net.ul.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.fxtriage.dicom.net.service.DcmtkScuInteropIT.CR;
import static org.fxtriage.dicom.net.service.DcmtkScuInteropIT.EXPLICIT_LE;
import static org.fxtriage.dicom.net.service.DcmtkScuInteropIT.IMPLICIT_LE;
import static org.fxtriage.dicom.net.service.DcmtkScuInteropIT.JPEG_LOSSLESS_SV1;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our C-ECHO and C-STORE SCU against dcmtk storescp. storescp 3.6.7 has no bind option: it listens on all
 * interfaces, on a free ephemeral port, only for the duration of the test; we connect over loopback.
 */
class DcmtkScpInteropIT {
    @TempDir
    Path tmp;
    Process storescp;
    int port;
    Path received;

    @BeforeEach
    void startStorescp() throws Exception {
        port = FreePort.find();
        received = Files.createDirectories(tmp.resolve("received"));
        storescp = Dcmtk.start(tmp.resolve("storescp.log"), "storescp", "-aet", "STORESCP", "+xa", "-od", received.toString(), String.valueOf(port));
        FreePort.awaitListening(port, Duration.ofSeconds(10));
    }

    @AfterEach
    void stopStorescp() throws Exception {
        storescp.destroy();
        storescp.waitFor();
    }

    @Test
    void echoAndStoreUncompressedAndJpegLosslessOnOneAssociation() throws Exception {
        Path wg04 = Dcmtk.sharedData().resolve("dicom/original/wg04");
        Path unc = wg04.resolve("RG2_UNC.dcm");
        Path jpll = wg04.resolve("RG2_JPLL.dcm");
        DatasetSource uncSource = bareDataSet(unc, EXPLICIT_LE);
        DatasetSource jpllSource = bareDataSet(jpll, JPEG_LOSSLESS_SV1);

        AssociationRequest request = new AssociationRequest(new InetSocketAddress("127.0.0.1", port), "FXTRIAGE", "STORESCP", List.of(
                new PresentationContextRq(1, Verification.SOP_CLASS_UID, IMPLICIT_LE),
                new PresentationContextRq(3, CR, EXPLICIT_LE),
                new PresentationContextRq(5, CR, JPEG_LOSSLESS_SV1)));
        // small sends so the data set crosses many PDUs even though storescp accepts 16 KB
        Association association = Association.request(request, AssociationSettings.defaults().withMaxSendPduLength(8192));
        try {
            assertEquals(3, association.contexts().size(), "storescp +xa accepts all three contexts");
            assertTrue(new EchoScu(association).echo().isSuccess());
            StoreScu scu = new StoreScu(association);
            DimseResponse r1 = scu.send(uncSource);
            DimseResponse r2 = scu.send(jpllSource);
            assertTrue(r1.isSuccess(), r1.toString());
            assertTrue(r2.isSuccess(), r2.toString());
            association.release();
            assertEquals(State.STA1, association.state());
        } finally {
            association.close();
        }
        assertStoredBy(unc, uncSource.sopInstanceUid());
        assertStoredBy(jpll, jpllSource.sopInstanceUid());
    }

    /** {@code dcmconv --write-dataset}: the bytes a C-STORE carries, without preamble and meta header. */
    private DatasetSource bareDataSet(Path file, String ts) throws Exception {
        Path ds = tmp.resolve(file.getFileName() + ".ds");
        Dcmtk.Result r = Dcmtk.run(60, "dcmconv", "-F", file.toString(), ds.toString());
        assertEquals(0, r.exitCode(), r.output());
        return DatasetSource.ofFile(CR, value(file, "0008,0018"), ts, ds);
    }

    private static String value(Path file, String tag) throws Exception {
        String out = Dcmtk.run(30, "dcmdump", "+P", tag, file.toString()).output();
        Matcher m = Pattern.compile("\\[([^\\]]+)\\]").matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }

    private void assertStoredBy(Path original, String sopInstanceUid) throws IOException, InterruptedException {
        Path stored;
        try (Stream<Path> files = Files.list(received)) {
            stored = files.filter(p -> p.getFileName().toString().contains(sopInstanceUid)).findFirst()
                    .orElseThrow(() -> new AssertionError("storescp stored no file for " + sopInstanceUid));
        }
        List<String> want = Dcmtk.elements(Dcmtk.run(60, "dcmdump", original.toString()).output());
        List<String> got = Dcmtk.elements(Dcmtk.run(60, "dcmdump", stored.toString()).output());
        assertEquals(want, got);
        byte[] a = Dcmtk.pixelDataTail(Files.readAllBytes(original));
        byte[] b = Dcmtk.pixelDataTail(Files.readAllBytes(stored));
        int n = Math.min(a.length, b.length);
        assertTrue(n > 100_000);
        assertArrayEquals(java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(b, n), "pixel data bytes");
    }
}

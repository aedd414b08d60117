package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.fxtriage.dicom.net.service.DatasetSource;
import org.fxtriage.dicom.net.service.DimseResponse;
import org.fxtriage.dicom.net.service.StoreScu;
import org.fxtriage.dicom.net.ul.Association;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** C-STORE statuses over the network (our SCU → our gateway): A900, C000, A700, and duplicates. */
class GatewayStatusIT {
    private static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    private static final String DX = "1.2.840.10008.5.1.4.1.1.1.1";
    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

    private static Part10DatasetSource sample(String name) throws Exception {
        return Part10DatasetSource.open(Samples.byName(name).file());
    }

    private static DimseResponse send(TestGateway gw, DatasetSource source) throws Exception {
        Association a = Scu.open(gw.port(), "FXTRIAGE", List.of(source));
        try {
            DimseResponse r = new StoreScu(a).send(source);
            a.release();
            return r;
        } finally {
            a.close();
        }
    }

    private static DatasetSource bytes(String sopClass, String sopInstance, byte[] data) {
        return new DatasetSource() {
            public String sopClassUid() {
                return sopClass;
            }

            public String sopInstanceUid() {
                return sopInstance;
            }

            public String transferSyntaxUid() {
                return EXPLICIT_LE;
            }

            public InputStream openDataset() {
                return new ByteArrayInputStream(data);
            }
        };
    }

    @Test
    void datasetOfAnotherSopClassIsA900(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir)) {
            Part10DatasetSource cr = sample("RG2_UNC.dcm");
            DimseResponse r = send(gw, AnnouncedSource.as(cr, DX, cr.sopInstanceUid()));
            assertEquals(0xA900, r.status(), r.toString());
            assertTrue(r.errorComment() != null && r.errorComment().contains("SOP Class"), r.toString());
            DimseResponse other = send(gw, AnnouncedSource.as(cr, CR, "1.2.3.4.5"));
            assertEquals(0xA900, other.status(), "SOP Instance UID differing from the command's: " + other);
            assertTrue(gw.storedFiles().isEmpty());
            assertTrue(gw.handler.records().isEmpty());
            assertTrue(gw.temporaryFiles().isEmpty());
        }
    }

    @Test
    void garbageIsC000AndTheAssociationGoesOn(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir)) {
            byte[] garbage = new byte[100_000];
            new Random(1).nextBytes(garbage);
            DatasetSource junk = bytes(CR, "1.2.3.4.6", garbage);
            Part10DatasetSource good = sample("RG2_UNC.dcm");
            Association a = Scu.open(gw.port(), "FXTRIAGE", List.of(junk, good));
            try {
                StoreScu scu = new StoreScu(a);
                assertEquals(0xC000, scu.send(junk).status());
                assertTrue(scu.send(good).isSuccess(), "the same association still stores the next instance");
                a.release();
            } finally {
                a.close();
            }
            assertEquals(1, gw.handler.records().size());
            assertTrue(gw.temporaryFiles().isEmpty());
        }
    }

    @Test
    void fullJobQueueIsA700(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir, c -> c, new InMemoryStoreHandler(1))) {
            assertTrue(send(gw, sample("RG2_UNC.dcm")).isSuccess());
            DimseResponse r = send(gw, sample("RG3_UNC.dcm"));
            assertEquals(0xA700, r.status(), r.toString());
            assertEquals(1, gw.storedFiles().size(), "the refused instance is not kept");
        }
    }

    @Test
    void diskBelowTheFloorIsA700(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir, c -> c.withMinFreeDiskBytes(Long.MAX_VALUE / 2), new InMemoryStoreHandler())) {
            assertEquals(0xA700, send(gw, sample("RG2_JPLL.dcm")).status());
            assertTrue(gw.storedFiles().isEmpty());
        }
    }

    @Test
    void theSameInstanceTwiceSucceedsAndIsStoredOnce(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir)) {
            Part10DatasetSource s = sample("RG2_JPLL.dcm");
            assertTrue(send(gw, s).isSuccess());
            assertTrue(send(gw, s).isSuccess());
            assertEquals(1, gw.handler.records().size());
            assertEquals(1, gw.storedFiles().size());
        }
    }

    @Test
    void duplicatesAreRecognisedAcrossARestartThroughTheJournal(@TempDir Path dir) throws Exception {
        Part10DatasetSource s = sample("RG2_JPLL.dcm");
        Path journal = dir.resolve("journal/instances.tsv");
        GatewayConfig config = GatewayConfig.defaults().withBind("127.0.0.1", 0).withStorageDir(dir).withMinFreeDiskBytes(0);
        for (int run = 0; run < 2; run++) {
            try (JournalStoreHandler handler = new JournalStoreHandler(journal, dir);
                 GatewayServer server = GatewayServer.start(config, handler)) {
                Association a = Scu.open(server.localAddress().getPort(), "FXTRIAGE", List.of(s));
                try {
                    assertTrue(new StoreScu(a).send(s).isSuccess());
                    a.release();
                } finally {
                    a.close();
                }
                assertEquals(1, handler.size());
            }
        }
        assertEquals(1, JournalStoreHandler.readLines(journal).size(), "one journal record for two receptions");
    }
}

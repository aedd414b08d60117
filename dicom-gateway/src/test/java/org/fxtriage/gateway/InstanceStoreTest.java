package org.fxtriage.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.fxtriage.gateway.InstanceStore.IncomingInstance;
import org.fxtriage.gateway.InstanceStore.StoreResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceStoreTest {
    private static final String CR = "1.2.840.10008.5.1.4.1.1.1";
    private static final String DX = "1.2.840.10008.5.1.4.1.1.1.1";
    private static final String JPLL = "1.2.840.10008.1.2.4.70";
    private static final String RG2_SOP = "1.3.6.1.4.1.5962.1.1.10.1.4.20040826185059.5457";
    private static final String RG2_STUDY = "1.3.6.1.4.1.5962.1.2.10.20040826185059.5457";
    private static final String RG2_SERIES = "1.3.6.1.4.1.5962.1.3.10.1.20040826185059.5457";

    private static Path rg2Jpll() {
        return Samples.dicomDir().resolve("original/wg04/RG2_JPLL.dcm");
    }

    private static IncomingInstance incoming(String sopClass, String sop, String ts) {
        return new IncomingInstance(sopClass, sop, ts, "MODALITY", "FXTRIAGE");
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void storesTheDatasetVerbatimBehindAFileMetaAndRecordsIt(@TempDir Path root) throws Exception {
        InMemoryStoreHandler handler = new InMemoryStoreHandler();
        InstanceStore store = new InstanceStore(root, handler, 0);
        byte[] dataset = RawDatasets.datasetOf(rg2Jpll());
        StoreResult r = store.store(incoming(CR, RG2_SOP, JPLL), new ByteArrayInputStream(dataset));
        assertEquals(InstanceStore.SUCCESS, r.status(), r.comment());
        Path expected = root.toAbsolutePath().resolve(RG2_STUDY).resolve(RG2_SERIES).resolve(RG2_SOP + ".dcm");
        assertEquals(expected, r.instance().file());
        assertArrayEquals(dataset, RawDatasets.datasetOf(expected), "no transcoding: the received bytes, verbatim");
        assertEquals(List.of(r.instance()), handler.records());
        assertEquals(Files.size(expected), r.instance().sizeBytes());
        assertEquals(JPLL, r.instance().transferSyntaxUid());
        assertEquals(List.of(expected), filesUnder(root), "nothing else left, tmp/ empty");
    }

    @Test
    void theSameInstanceTwiceIsStoredOnceAndSucceeds(@TempDir Path root) throws Exception {
        InMemoryStoreHandler handler = new InMemoryStoreHandler();
        InstanceStore store = new InstanceStore(root, handler, 0);
        byte[] dataset = RawDatasets.datasetOf(rg2Jpll());
        assertTrue(store.store(incoming(CR, RG2_SOP, JPLL), new ByteArrayInputStream(dataset)).success());
        assertTrue(store.store(incoming(CR, RG2_SOP, JPLL), new ByteArrayInputStream(dataset)).success());
        assertEquals(1, handler.records().size());
        assertEquals(1, filesUnder(root).size());
    }

    @Test
    void sopClassOrInstanceDifferingFromTheCommandIsA900(@TempDir Path root) throws Exception {
        InMemoryStoreHandler handler = new InMemoryStoreHandler();
        InstanceStore store = new InstanceStore(root, handler, 0);
        byte[] dataset = RawDatasets.datasetOf(rg2Jpll());
        assertEquals(0xA900, store.store(incoming(DX, RG2_SOP, JPLL), new ByteArrayInputStream(dataset)).status());
        assertEquals(0xA900, store.store(incoming(CR, "1.2.3.4", JPLL), new ByteArrayInputStream(dataset)).status());
        assertTrue(handler.records().isEmpty());
        assertEquals(List.of(), filesUnder(root));
    }

    @Test
    void garbageIsC000(@TempDir Path root) throws Exception {
        InstanceStore store = new InstanceStore(root, new InMemoryStoreHandler(), 0);
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        StoreResult r = store.store(incoming(CR, "1.2.3", RawDatasets.EXPLICIT_LE), new ByteArrayInputStream(garbage));
        assertEquals(0xC000, r.status(), r.comment());
        // A dataset cut short in the middle of an element is not understood either.
        byte[] truncated = Arrays.copyOf(RawDatasets.datasetOf(rg2Jpll()), 3000);
        assertEquals(0xC000, store.store(incoming(CR, RG2_SOP, JPLL), new ByteArrayInputStream(truncated)).status());
        assertEquals(List.of(), filesUnder(root));
    }

    @Test
    void hostileUidsCannotEscapeTheStore(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("store");
        InMemoryStoreHandler handler = new InMemoryStoreHandler();
        InstanceStore store = new InstanceStore(root, handler, 0);
        byte[] ds = RawDatasets.minimal(CR, "1.2.3", "../../escaped", "1.2.4");
        assertEquals(0xA900, store.store(incoming(CR, "1.2.3", RawDatasets.EXPLICIT_LE), new ByteArrayInputStream(ds)).status());
        byte[] ds2 = RawDatasets.minimal(CR, "../x", "1.2", "1.2.4");
        assertEquals(0xA900, store.store(incoming(CR, "../x", RawDatasets.EXPLICIT_LE), new ByteArrayInputStream(ds2)).status());
        assertEquals(List.of(), filesUnder(dir));
        assertTrue(handler.records().isEmpty());
    }

    @Test
    void handlerFullOrDiskBelowTheFloorIsA700(@TempDir Path root) throws Exception {
        byte[] a = RawDatasets.minimal(CR, "1.2.3.1", "1.2", "1.2.4");
        byte[] b = RawDatasets.minimal(CR, "1.2.3.2", "1.2", "1.2.4");
        InstanceStore full = new InstanceStore(root, new InMemoryStoreHandler(1), 0);
        assertTrue(full.store(incoming(CR, "1.2.3.1", RawDatasets.EXPLICIT_LE), new ByteArrayInputStream(a)).success());
        assertEquals(0xA700, full.store(incoming(CR, "1.2.3.2", RawDatasets.EXPLICIT_LE), new ByteArrayInputStream(b)).status());
        assertEquals(1, filesUnder(root).size(), "the refused instance is not left in the store");

        InMemoryStoreHandler handler = new InMemoryStoreHandler();
        InstanceStore noSpace = new InstanceStore(root.resolve("other"), handler, Long.MAX_VALUE);
        ByteArrayInputStream in = new ByteArrayInputStream(b);
        assertEquals(0xA700, noSpace.store(incoming(CR, "1.2.3.2", RawDatasets.EXPLICIT_LE), in).status());
        assertEquals(0, in.available(), "the refused dataset is read to its end, the association stays in step");
        assertTrue(handler.records().isEmpty());
    }

    @Test
    void aFailureBetweenTemporaryWriteAndRenameLeavesNoPartialFile(@TempDir Path root) throws Exception {
        InMemoryStoreHandler handler = new InMemoryStoreHandler();
        InstanceStore store = new InstanceStore(root, handler, 0);
        // The study directory cannot be created (a file is in the way): the instance is written and
        // validated in tmp/, then the move into the study tree fails.
        Files.writeString(root.resolve("1.2"), "in the way");
        byte[] ds = RawDatasets.minimal(CR, "1.2.3", "1.2", "1.2.4");
        StoreResult r = store.store(incoming(CR, "1.2.3", RawDatasets.EXPLICIT_LE), new ByteArrayInputStream(ds));
        assertEquals(0xA700, r.status());
        assertEquals(List.of(root.toAbsolutePath().resolve("1.2")), filesUnder(root.toAbsolutePath()), "no partial file anywhere");
        assertTrue(handler.records().isEmpty());
    }

    @Test
    void aPeerThatDiesMidDatasetLeavesNoTemporaryFile(@TempDir Path root) throws Exception {
        InstanceStore store = new InstanceStore(root, new InMemoryStoreHandler(), 0);
        byte[] dataset = RawDatasets.datasetOf(rg2Jpll());
        InputStream dying = new InputStream() {
            int pos;

            @Override
            public int read() throws IOException {
                if (pos >= 200_000) {
                    throw new IOException("peer aborted");
                }
                return dataset[pos++] & 0xff;
            }
        };
        assertThrows(InstanceStore.DatasetStreamException.class, () -> store.store(incoming(CR, RG2_SOP, JPLL), dying));
        assertEquals(List.of(), filesUnder(root));
    }

    @Test
    void temporaryFilesLeftByACrashAreRemovedAtStart(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("tmp"));
        Files.write(root.resolve("tmp/0b5c.part"), new byte[1000]);
        new InstanceStore(root, new InMemoryStoreHandler(), 0);
        assertFalse(Files.exists(root.resolve("tmp/0b5c.part")));
    }
}

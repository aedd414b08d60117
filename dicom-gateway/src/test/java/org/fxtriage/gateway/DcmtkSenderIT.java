package org.fxtriage.gateway;

import static org.fxtriage.gateway.DatasetAssertions.assertSameDataset;
import static org.fxtriage.gateway.DatasetAssertions.assertTransferSyntax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.fxtriage.gateway.Samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** dcmtk (echoscu, storescu, dcmsend) sends to our gateway: every sample arrives intact, JPEG-LS is refused at negotiation. */
class DcmtkSenderIT {
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(3);

    static List<Sample> samples() throws Exception {
        return Samples.all();
    }

    private static List<String> storescu(TestGateway gw, Path cfg, List<String> extra, List<Sample> files) {
        List<String> cmd = new ArrayList<>(List.of("storescu", "-v", "+v", "-nh", "-aec", "FXTRIAGE", "-aet", "DCMTKSCU",
                "-xf", cfg.toString(), "Samples"));
        cmd.addAll(extra);
        cmd.add("127.0.0.1");
        cmd.add(gw.portArg());
        files.forEach(f -> cmd.add(f.file().toString()));
        return cmd;
    }

    /** The first sample sent for each SOP Instance UID (several samples share one, see MANIFEST). */
    private static Map<String, Sample> firstPerInstance(List<Sample> sent) {
        Map<String, Sample> first = new LinkedHashMap<>();
        for (Sample s : sent) {
            if (!s.isJpegLs()) {
                first.putIfAbsent(s.sopInstanceUid(), s);
            }
        }
        return first;
    }

    private static void assertStoredExactly(TestGateway gw, Map<String, Sample> expected) throws Exception {
        assertEquals(expected.keySet(), gw.handler.records().stream().map(StoredInstance::sopInstanceUid).collect(Collectors.toSet()),
                "one record per distinct SOP Instance UID");
        assertEquals(expected.size(), gw.handler.records().size());
        assertEquals(expected.size(), gw.storedFiles().size(), "one file per instance: " + gw.storedFiles());
        for (Sample s : expected.values()) {
            assertSameDataset(s.file(), gw.storedFile(s));
        }
        assertTrue(gw.temporaryFiles().isEmpty(), "temporary files left: " + gw.temporaryFiles());
    }

    @Test
    void echoscuVerifies(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir)) {
            ExternalTool.Result r = ExternalTool.run(TOOL_TIMEOUT, "echoscu", "-v", "-aec", "FXTRIAGE", "127.0.0.1", gw.portArg());
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("Received Echo Response (Success)"), r.output());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void storescuSendsEachSampleInItsOwnTransferSyntax(Sample sample, @TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir.resolve("store"))) {
            Path cfg = Samples.storescuProfile(dir, List.of(sample));
            ExternalTool.Result r = ExternalTool.run(TOOL_TIMEOUT, storescu(gw, cfg, List.of(), List.of(sample)));
            if (sample.isJpegLs()) {
                // We do not offer JPEG-LS (we cannot decode it): the context is refused, nothing is sent.
                assertNotEquals(0, r.exitCode(), r.output());
                assertTrue(r.output().contains("Context ID:        1 (Transfer Syntaxes Not Supported)"),
                        "storescu should report the rejected context:\n" + r.output());
                assertTrue(r.output().contains("No Acceptable Presentation Contexts"), r.output());
                assertTrue(gw.storedFiles().isEmpty());
                assertTrue(gw.handler.records().isEmpty());
            } else {
                assertEquals(0, r.exitCode(), r.output());
                assertTrue(r.output().contains("Received Store Response (Success)"), r.output());
                assertStoredExactly(gw, Map.of(sample.sopInstanceUid(), sample));
                assertTransferSyntax(gw.storedFile(sample), sample.transferSyntaxUid());
                StoredInstance record = gw.handler.records().get(0);
                assertEquals("DCMTKSCU", record.callingAeTitle());
                assertEquals(sample.studyUid(), record.studyInstanceUid());
                assertEquals(sample.transferSyntaxUid(), record.transferSyntaxUid());
            }
        }
    }

    @Test
    void storescuSendsAllSamplesInOneAssociation(@TempDir Path dir) throws Exception {
        Path log = Path.of(System.getProperty("fxtriage.test.log", "target/test-logs/gateway.log"));
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        try (TestGateway gw = TestGateway.start(dir.resolve("store"))) {
            List<Sample> all = Samples.all();
            Path cfg = Samples.storescuProfile(dir, all);
            ExternalTool.Result r = ExternalTool.run(TOOL_TIMEOUT, storescu(gw, cfg, List.of(), all));
            assertLogHoldsNoPatientData(log, logStart, all);
            assertEquals(all.size() - all.stream().filter(Sample::isJpegLs).count(),
                    count(r.output(), "Received Store Response (Success)"), r.output());
            assertEquals(1, count(r.output(), "Association Accepted"), "one association");
            assertStoredExactly(gw, firstPerInstance(all));
        }
    }

    @Test
    void storescuSendsFromSeveralConcurrentAssociations(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir.resolve("store"))) {
            List<Sample> all = Samples.all().stream().filter(s -> !s.isJpegLs()).toList();
            // Samples sharing a SOP Instance UID go to the same association, so "first sent" stays well defined.
            Map<String, List<Sample>> byInstance = all.stream().collect(Collectors.groupingBy(Sample::sopInstanceUid, LinkedHashMap::new, Collectors.toList()));
            List<List<Sample>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            int i = 0;
            for (List<Sample> same : byInstance.values()) {
                groups.get(i++ % groups.size()).addAll(same);
            }
            Path cfg = Samples.storescuProfile(dir, all);
            ExecutorService pool = Executors.newFixedThreadPool(groups.size());
            try {
                List<Future<ExternalTool.Result>> runs = new ArrayList<>();
                for (List<Sample> g : groups) {
                    runs.add(pool.submit(() -> ExternalTool.run(TOOL_TIMEOUT, storescu(gw, cfg, List.of(), g))));
                }
                for (Future<ExternalTool.Result> run : runs) {
                    ExternalTool.Result r = run.get();
                    assertEquals(0, r.exitCode(), r.output());
                }
            } finally {
                pool.shutdownNow();
            }
            Map<String, Sample> expected = new LinkedHashMap<>();
            for (List<Sample> g : groups) {
                expected.putAll(firstPerInstance(g));
            }
            assertStoredExactly(gw, expected);
        }
    }

    @Test
    void storescuWithSmallPdusFragmentsLargeDatasets(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir.resolve("store"))) {
            List<Sample> files = List.of(Samples.byName("RG2_UNC.dcm"), Samples.byName("RG2_JPLL.dcm"),
                    Samples.byName("CR_hand_MONO2_12bit_implicitVR.dcm"));
            Path cfg = Samples.storescuProfile(dir, files);
            ExternalTool.Result r = ExternalTool.run(TOOL_TIMEOUT,
                    storescu(gw, cfg, List.of("-pdu", "4096", "--max-send-pdu", "4096"), files));
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("Our Max PDU Receive Size:    4096"), r.output());
            assertStoredExactly(gw, firstPerInstance(files));
        }
    }

    @Test
    void dcmsendSendsEverySampleItCanWithoutDecompressing(@TempDir Path dir) throws Exception {
        try (TestGateway gw = TestGateway.start(dir.resolve("store"))) {
            List<Sample> all = Samples.all();
            List<String> cmd = new ArrayList<>(List.of("dcmsend", "-v", "-nh", "-dn", "-aec", "FXTRIAGE", "127.0.0.1", gw.portArg()));
            all.forEach(s -> cmd.add(s.file().toString()));
            ExternalTool.Result r = ExternalTool.run(TOOL_TIMEOUT, cmd);
            // dcmsend proposes each file's own syntax; JPEG-LS contexts are refused and those files not sent.
            assertStoredExactly(gw, firstPerInstance(all));
            assertTrue(r.output().contains("with status SUCCESS") || r.output().contains("Success"), r.output());
        }
    }

    /** What the gateway logged while receiving {@code sent} names UIDs, never a patient name or ID. */
    private static void assertLogHoldsNoPatientData(Path log, long from, List<Sample> sent) throws Exception {
        assertTrue(Files.isRegularFile(log), "test log not written: " + log.toAbsolutePath());
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
        for (Sample s : sent) {
            if (!s.isJpegLs()) {
                assertTrue(text.contains(s.sopInstanceUid()), "the log names each instance by UID: " + s);
            }
        }
        Set<String> identifiers = sent.stream().flatMap(s -> List.of(s.patientName(), s.patientId()).stream())
                .filter(v -> v.length() >= 4).collect(Collectors.toSet());
        assertFalse(identifiers.isEmpty());
        for (String id : identifiers) {
            // As a token: a numeric ID such as 12345678 may legitimately occur inside a UID.
            for (String form : List.of(id, id.replace('^', ' '))) {
                assertFalse(java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern.quote(form) + "(?![\\w.])")
                        .matcher(text).find(), "patient data found in the gateway log");
            }
        }
    }

    private static long count(String text, String what) {
        long n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

package org.fxtriage.service.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.fxtriage.service.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Crash safety: the service runs as its own JVM ({@code java -jar target/service.jar}); storescu sends a
 * batch; the service is killed with SIGKILL while instances are being received and scored; after a restart
 * every instance storescu saw acknowledged is stored, scored exactly once and on the worklist exactly once,
 * and a sender that retries everything completes the batch without duplicates.
 */
class CrashRecoveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COPIES = 30;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Process startService(Path data, int dicomPort, int httpPort, Path log) throws Exception {
        Path jar = Path.of("target", "service.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run after package: " + jar);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx768m", "-Dai.djl.offline=true",
                "-Djava.io.tmpdir=" + data.getParent(), "-jar", jar.toString());
        Map<String, String> env = pb.environment();
        env.put("FXTRIAGE_DATA_DIR", data.toString());
        env.put("FXTRIAGE_MODEL_DIR", TestData.testModel().toString());
        env.put("FXTRIAGE_DICOM_PORT", Integer.toString(dicomPort));
        env.put("FXTRIAGE_DICOM_BIND_HOST", "127.0.0.1");
        env.put("FXTRIAGE_DICOM_MIN_FREE_DISK_BYTES", "0");
        env.put("FXTRIAGE_HTTP_PORT", Integer.toString(httpPort));
        env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        env.put("FXTRIAGE_JOBS_WORKERS", "1");
        env.put("FXTRIAGE_MODEL_INTRA_OP_THREADS", "1");
        env.put("FXTRIAGE_ADMIN_PASSWORD", ServiceIT.ADMIN_PASSWORD);
        env.put("DJL_OFFLINE", "true");
        env.put("OPT_OUT_TRACKING", "true");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process p = pb.start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new AssertionError("service exited with " + p.exitValue() + ":\n" + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/v1/worklist")).header("Authorization", ServiceIT.ADMIN_AUTH).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("service did not start in 120 s:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private JsonNode get(int httpPort, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path)).header("Authorization", ServiceIT.ADMIN_AUTH).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** Copies of one radiograph, each a new study/series/instance (dcmodify generates the UIDs). */
    private static List<Path> copies(Path dir) throws Exception {
        Storescu.requireTool("dcmodify");
        Path source = TestData.dicom("derived/CR_hand_MONO2_jpeg_baseline_8bit.dcm");
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < COPIES; i++) {
            Path f = dir.resolve(String.format("copy%02d.dcm", i));
            Files.copy(source, f, StandardCopyOption.REPLACE_EXISTING);
            f.toFile().setWritable(true);
            Process p = new ProcessBuilder("dcmodify", "-nb", "-gst", "-gse", "-gin", f.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("dcmodify.log").toFile()).start();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "dcmodify failed");
            out.add(f);
        }
        return out;
    }

    private static String sop(Path f) throws Exception {
        return Part10Reader.read(f, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.SKIP)).dataset().getString(Tag.SOPInstanceUID);
    }

    private static String study(Path f) throws Exception {
        return Part10Reader.read(f, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.SKIP)).dataset().getString(Tag.StudyInstanceUID);
    }

    /** Every change in the log, replayed through the SSE stream from the start (Last-Event-ID: 0). */
    private List<JsonNode> changeLog(int httpPort) throws Exception {
        long last = get(httpPort, "/api/v1/worklist").get("lastChangeId").asLong();
        List<JsonNode> out = new ArrayList<>();
        HttpResponse<Stream<String>> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                        + "/api/v1/worklist/stream")).header("Authorization", ServiceIT.ADMIN_AUTH).header("Last-Event-ID", "0").build(),
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = r.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("data:")) {
                    JsonNode ev = JSON.readTree(line.substring(5));
                    out.add(ev);
                    if (ev.get("id").asLong() >= last) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Waits until every given study is scored; then checks each holds exactly its one instance, scored once. */
    private void assertScoredOnce(int httpPort, Map<String, String> sopToStudy) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (Map.Entry<String, String> e : sopToStudy.entrySet()) {
            while (true) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                        + "/api/v1/studies/" + e.getValue())).header("Authorization", ServiceIT.ADMIN_AUTH).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), "acknowledged instance " + e.getKey() + " lost: " + r.body());
                JsonNode images = JSON.readTree(r.body()).get("images");
                assertEquals(1, images.size(), "on the worklist once");
                assertEquals(e.getKey(), images.get(0).get("sopInstanceUid").asText());
                if (!images.get(0).get("category").asText().equals("PENDING")) {
                    assertTrue(Set.of("POSITIVE", "DOUBT", "NEGATIVE").contains(images.get(0).get("category").asText()),
                            images.toString());
                    break;
                }
                assertTrue(System.nanoTime() < end, "instance " + e.getKey() + " never scored");
                Thread.sleep(200);
            }
        }
        Map<String, Integer> scored = new HashMap<>();
        for (JsonNode ev : changeLog(httpPort)) {
            if (ev.get("kind").asText().equals("IMAGE_SCORED")) {
                scored.merge(ev.get("sopInstanceUid").asText(), 1, Integer::sum);
            }
        }
        for (String sop : sopToStudy.keySet()) {
            assertEquals(1, scored.getOrDefault(sop, 0), "scored exactly once: " + sop);
        }
        assertTrue(scored.values().stream().allMatch(n -> n == 1), "no instance scored twice: " + scored);
    }

    @Test
    void killedWhileReceivingAndScoringLosesNothingAcknowledgedAndScoresEachInstanceOnce() throws Exception {
        Storescu.requireTool("storescu");
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-it");
        Path data = work.resolve("data");
        Path log = work.resolve("service.log");
        List<Path> files = copies(work);
        int dicomPort = freePort();
        int httpPort = freePort();
        service = startService(data, dicomPort, httpPort, log);

        Path sendLog = work.resolve("storescu.log");
        Process sender = Storescu.command(work, dicomPort, files, sendLog).start();
        // Kill as soon as a third of the batch is acknowledged: more is arriving and the worker is scoring.
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Storescu.acknowledged(Files.readString(sendLog)).size() < COPIES / 3) {
            assertTrue(System.nanoTime() < end && sender.isAlive(), "storescu stalled:\n" + Files.readString(sendLog));
            Thread.sleep(5);
        }
        service.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        assertTrue(sender.waitFor(60, TimeUnit.SECONDS), "storescu did not notice the dead peer");
        Set<Path> acknowledged = Storescu.acknowledged(Files.readString(sendLog));
        assertTrue(acknowledged.size() >= COPIES / 3 && acknowledged.size() < COPIES,
                "the kill interrupted the batch (" + acknowledged.size() + " of " + COPIES + " acknowledged)");

        service = startService(data, dicomPort, httpPort, log);
        Map<String, String> acked = new HashMap<>();
        for (Path f : acknowledged) {
            acked.put(sop(f), study(f));
        }
        assertScoredOnce(httpPort, acked);
        long pendingBeforeRetry = get(httpPort, "/api/v1/worklist?category=pending").get("total").asLong();
        assertEquals(0, pendingBeforeRetry, "nothing left pending after the restart");

        // The sender retries the whole batch, as a PACS does: the rest arrives, nothing is doubled.
        String retry = Storescu.send(work, dicomPort, files);
        assertEquals(COPIES, Storescu.acknowledged(retry).size(), retry);
        Map<String, String> all = new HashMap<>();
        for (Path f : files) {
            all.put(sop(f), study(f));
        }
        assertScoredOnce(httpPort, all);
        assertEquals(COPIES, get(httpPort, "/api/v1/worklist").get("total").asInt(), "one worklist item per study");
        assertFalse(tail(log).contains("Exception in thread"), tail(log));
    }
}

package org.fxtriage.service.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.Part10Writer;
import org.fxtriage.service.TestData;
import org.fxtriage.service.ingest.GatewayService;
import org.junit.jupiter.api.Test;

/**
 * Results back to the PACS (issue #6) against real peers: Orthanc ends up holding the annotated images and the
 * report in the pushed study; dcmtk's storescp, down for a while and the service restarted meanwhile, gets every
 * object exactly once when it comes back; a storescp that refuses every association leaves dead letters that an
 * admin re-sends once it accepts again. Every object we made passes dciodvfy, and dsrdump reads the report.
 */
class ResultsToPacsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "derived/CR_hand_MONO2_12bit_implicitVR.dcm";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code n} radiographs of one new study, made from the uncompressed CR hand sample; returns the files. */
    private static List<Path> newStudy(Path dir, int n) throws Exception {
        return images(dir, UID.createUUIDBased(), n);
    }

    /** {@code n} more radiographs of {@code study} (a series of their own). */
    private static List<Path> images(Path dir, String study, int n) throws Exception {
        Part10File src = Part10Reader.read(TestData.dicom(SOURCE));
        String series = UID.createUUIDBased();
        List<Path> files = new ArrayList<>();
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Attributes ds = new Attributes(src.dataset());
            ds.setString(Tag.StudyInstanceUID, VR.UI, study);
            ds.setString(Tag.SeriesInstanceUID, VR.UI, series);
            ds.setString(Tag.SOPInstanceUID, VR.UI, UID.createUUIDBased());
            ds.setString(Tag.InstanceNumber, VR.IS, Integer.toString(i + 1));
            Path f = dir.resolve(series + "-" + i + ".dcm");
            Part10Writer.write(f, ds, src.transferSyntaxUid());
            files.add(f);
        }
        return files;
    }

    private static String studyOf(Path file) throws Exception {
        return Part10Reader.read(file).dataset().getString(Tag.StudyInstanceUID);
    }

    private static Map<String, Object> properties(Path data, String destinations) {
        Map<String, Object> p = TestData.serviceProperties(data, ServiceIT.ADMIN_PASSWORD);
        p.put("fxtriage.results.destinations", destinations);
        p.put("fxtriage.results.quiet-delay", "1s");
        p.put("fxtriage.results.poll-interval", "200ms");
        p.put("fxtriage.results.connect-timeout", "2s");
        p.put("fxtriage.results.dimse-timeout", "20s");
        return p;
    }

    private static int dicomPort(EmbeddedServer server) {
        return server.getApplicationContext().getBean(GatewayService.class).localAddress().getPort();
    }

    private HttpResponse<String> call(EmbeddedServer server, String method, String path, String auth) throws Exception {
        HttpRequest.Builder rq = HttpRequest.newBuilder(server.getURI().resolve(path)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(30));
        rq = method.equals("POST") ? rq.POST(HttpRequest.BodyPublishers.noBody()) : rq.GET();
        return http.send(rq.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(EmbeddedServer server, String path) throws Exception {
        HttpResponse<String> r = call(server, "GET", path, ServiceIT.ADMIN_AUTH);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode await(String what, Duration timeout, Callable<JsonNode> read, Predicate<JsonNode> done)
            throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < end) {
            last = read.call();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " within " + timeout + "; last seen: " + last);
    }

    private JsonNode awaitResults(EmbeddedServer server, String study, String state, Duration timeout) throws Exception {
        return await("study results " + state, timeout, () -> get(server, "/api/v1/studies/" + study + "/results"),
                n -> state.equals(n.path("state").asText()));
    }

    private static void send(Path work, EmbeddedServer server, List<Path> files) throws Exception {
        String log = Storescu.send(work, dicomPort(server), files);
        assertEquals(files.size(), Storescu.acknowledged(log).size(), log);
    }

    private static List<Path> resultFiles(Path data, String study) throws Exception {
        try (Stream<Path> s = Files.list(data.resolve("results").resolve(study))) {
            return s.filter(f -> f.toString().endsWith(".dcm")).sorted().toList();
        }
    }

    private static String run(String... cmd) throws Exception {
        if (!cmd[0].startsWith("/")) {
            Storescu.requireTool(cmd[0]);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), cmd[0] + " did not finish");
        return cmd[0].equals("dciodvfy") ? out : p.exitValue() + "\n" + out;
    }

    /** dciodvfy error lines of a file we made that its source does not have too (values we copy verbatim). */
    private static List<String> ourErrors(Path made) throws Exception {
        List<String> inherited = run("dciodvfy", TestData.dicom(SOURCE).toString()).lines()
                .filter(l -> l.startsWith("Error")).toList();
        return run("dciodvfy", made.toString()).lines().filter(l -> l.startsWith("Error"))
                .filter(l -> !inherited.contains(l)).toList();
    }

    /** Orthanc's instances of a study, as simplified tags. */
    private static List<JsonNode> instancesIn(OrthancServer orthanc, String study) throws Exception {
        HttpResponse<String> found = orthanc.post("/tools/find", JSON.writeValueAsBytes(Map.of("Level", "Instance",
                "Query", Map.of("StudyInstanceUID", study))));
        assertEquals(200, found.statusCode(), found.body());
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode id : JSON.readTree(found.body())) {
            JsonNode tags = JSON.readTree(orthanc.get("/instances/" + id.asText() + "/simplified-tags").body());
            assertEquals(study, tags.get("StudyInstanceUID").asText());
            out.add(tags);
        }
        return out;
    }

    private static Map<String, Integer> bySopClass(List<JsonNode> instances) {
        Map<String, Integer> byClass = new HashMap<>();
        instances.forEach(t -> byClass.merge(t.get("SOPClassUID").asText(), 1, Integer::sum));
        return byClass;
    }

    @Test
    void orthancHoldsTheAnnotatedImagesAndTheReportInThePushedStudy() throws Exception {
        Path work = Files.createTempDirectory("results-orthanc");
        try (OrthancServer orthanc = OrthancServer.start(work, "ORTHANCPACS", "")) {
            Path data = work.resolve("data");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                    properties(data, "ORTHANCPACS@127.0.0.1:" + orthanc.dicomPort))) {
                List<Path> files = newStudy(work.resolve("in"), 2);
                String study = studyOf(files.get(0));
                send(work, server, files);
                JsonNode results = awaitResults(server, study, "DELIVERED", Duration.ofSeconds(90));
                assertEquals(3, results.get("items").size(), "2 annotated images + 1 report: " + results);
                assertEquals("DELIVERED", get(server, "/api/v1/studies/" + study).get("study").get("results").asText(),
                        "the worklist row says the results reached the PACS");

                // What Orthanc holds in that study, by SOP class.
                List<JsonNode> held = instancesIn(orthanc, study);
                assertEquals(Map.of(UID.SecondaryCaptureImageStorage, 2, UID.ComprehensiveSRStorage, 1), bySopClass(held),
                        "Orthanc's instances of the study by SOP class");
                assertTrue(held.stream().allMatch(t -> t.path("SeriesDescription").asText().contains("not for diagnosis")),
                        held.toString());

                // A late image: its annotated copy, and a second report version that supersedes the first.
                send(work, server, images(work.resolve("late"), study, 1));
                await("the late image's results", Duration.ofSeconds(90), () -> get(server, "/api/v1/studies/" + study + "/results"),
                        n -> n.get("items").size() == 5 && "DELIVERED".equals(n.path("state").asText()));
                held = instancesIn(orthanc, study);
                assertEquals(Map.of(UID.SecondaryCaptureImageStorage, 3, UID.ComprehensiveSRStorage, 2), bySopClass(held));

                // Every object we made is a valid IOD that pydicom and dcmtk read; the report's content tree reads.
                List<String> py = new ArrayList<>(List.of("/usr/bin/python3", "-c", "import sys, pydicom\n"
                        + "for f in sys.argv[1:]:\n"
                        + "    d = pydicom.dcmread(f)\n"
                        + "    assert d.StudyInstanceUID and d.SOPInstanceUID, f\n"
                        + "    d.pixel_array if 'PixelData' in d else d.ContentSequence\n"
                        + "print('read', len(sys.argv) - 1)"));
                resultFiles(data, study).forEach(f -> py.add(f.toString()));
                String pyOut = run(py.toArray(String[]::new));
                assertTrue(pyOut.startsWith("0\n") && pyOut.contains("read 5"), "pydicom: " + pyOut);
                for (Path f : resultFiles(data, study)) {
                    assertEquals(List.of(), ourErrors(f), "dciodvfy " + f.getFileName());
                    String dump = run("dcmdump", f.toString());
                    assertTrue(dump.startsWith("0\n"), "dcmdump " + f + ": " + dump);
                    if (Part10Reader.read(f).sopClassUid().equals(UID.ComprehensiveSRStorage)) {
                        String sr = run("dsrdump", f.toString());
                        assertTrue(sr.startsWith("0\n") && sr.contains("Fracture probability"), sr);
                    }
                }
            }
        }
    }

    /**
     * dcmtk's storescp as the PACS; {@code +uf} writes a file per reception, so a duplicate delivery shows as a
     * second file.
     */
    private static Process storescp(Path work, String aeTitle, int port, Path received) throws Exception {
        Storescu.requireTool("storescp");
        return new ProcessBuilder("storescp", "+uf", "-od", received.toString(), "-aet", aeTitle, Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(work.resolve("storescp-" + aeTitle + ".log").toFile()).start();
    }

    @Test
    void aDestinationDownForAWhileGetsEveryResultExactlyOnceEvenAcrossARestart() throws Exception {
        Path work = Files.createTempDirectory("results-outage");
        Path data = work.resolve("data");
        int port = OrthancServer.freePort();
        Map<String, Object> p = properties(data, "STORESCP@127.0.0.1:" + port);
        p.put("fxtriage.results.retry-initial-delay", "300ms");
        p.put("fxtriage.results.retry-max-delay", "1s");
        p.put("fxtriage.results.max-attempts", 1000);
        List<String> studies = new ArrayList<>();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p)) {
            for (int i = 0; i < 2; i++) {
                List<Path> files = newStudy(work.resolve("in" + i), 1 + i);
                studies.add(studyOf(files.get(0)));
                send(work, server, files);
            }
            // Nothing listens: the items fail and back off; the studies show SENDING, not DELIVERED.
            for (String study : studies) {
                await("failed attempts on " + study, Duration.ofSeconds(60), () -> get(server, "/api/v1/studies/" + study + "/results"),
                        n -> n.path("items").size() > 0 && n.get("items").get(0).get("attempts").asInt() >= 2);
                assertEquals("SENDING", get(server, "/api/v1/studies/" + study).get("study").get("results").asText());
            }
        }
        // Restarted on the same data while the PACS is still down; another study arrives.
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p)) {
            List<Path> files = newStudy(work.resolve("in-late"), 1);
            studies.add(studyOf(files.get(0)));
            send(work, server, files);
            Path received = Files.createDirectories(work.resolve("received"));
            Process storescp = storescp(work, "STORESCP", port, received);
            try {
                int expected = 0;
                for (String study : studies) {
                    JsonNode r = awaitResults(server, study, "DELIVERED", Duration.ofSeconds(90));
                    expected += r.get("items").size();
                    for (JsonNode item : r.get("items")) {
                        assertEquals("SENT", item.get("status").asText(), item.toString());
                    }
                }
                assertEquals(2 + 3 + 2, expected, "per study: its annotated images + one report");
                Thread.sleep(2000); // a duplicate would arrive now, if anything were sent twice
                Map<String, Integer> copies = new HashMap<>();
                try (Stream<Path> s = Files.list(received)) {
                    for (Path f : s.toList()) {
                        copies.merge(Part10Reader.read(f).sopInstanceUid(), 1, Integer::sum);
                    }
                }
                assertEquals(expected, copies.size(), "every object arrived: " + copies);
                assertTrue(copies.values().stream().allMatch(n -> n == 1), "each exactly once: " + copies);
            } finally {
                storescp.destroy();
                storescp.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aDestinationThatRefusesEveryAssociationEndsInDeadLettersThatAnAdminResends() throws Exception {
        Path work = Files.createTempDirectory("results-dead");
        Path data = work.resolve("data");
        int port = OrthancServer.freePort();
        Map<String, Object> p = properties(data, "REFUSER@127.0.0.1:" + port);
        p.put("fxtriage.results.retry-initial-delay", "200ms");
        p.put("fxtriage.results.retry-max-delay", "400ms");
        p.put("fxtriage.results.max-attempts", 3);
        Process refuser = new ProcessBuilder("storescp", "--refuse", "-aet", "REFUSER", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(work.resolve("refuser.log").toFile()).start();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p)) {
            List<Path> files = newStudy(work.resolve("in"), 1);
            String study = studyOf(files.get(0));
            send(work, server, files);
            // FAILED shows as soon as one item is dead; wait until the other has spent its attempts too.
            JsonNode results = await("every item dead", Duration.ofSeconds(90),
                    () -> get(server, "/api/v1/studies/" + study + "/results"),
                    n -> "FAILED".equals(n.path("state").asText()) && n.get("items").size() > 0
                            && java.util.stream.StreamSupport.stream(n.get("items").spliterator(), false)
                                    .noneMatch(i -> List.of("PENDING", "SENDING").contains(i.get("status").asText())));
            for (JsonNode item : results.get("items")) {
                assertEquals("DEAD", item.get("status").asText(), item.toString());
                assertEquals(3, item.get("attempts").asInt(), "the configured retries, no more");
                assertTrue(item.get("lastError").asText().contains("REFUSER"), item.toString());
            }
            JsonNode dead = get(server, "/api/v1/outbox?status=dead&study=" + study);
            assertEquals(results.get("items").size(), dead.size(), "dead letters are listed");
            // Healthy, and the metrics show the dead letters.
            assertEquals(200, call(server, "GET", "/health", ServiceIT.ADMIN_AUTH).statusCode());
            String metrics = call(server, "GET", "/prometheus", ServiceIT.ADMIN_AUTH).body();
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("fxtriage_outbox_items{") && l.contains("status=\"DEAD\"")
                    && !l.endsWith(" 0.0")), metrics);
            assertTrue(metrics.contains("fxtriage_results_dead_letters_total"), metrics);

            JsonNode destinations = get(server, "/api/v1/outbox/destinations");
            assertEquals("REFUSER@127.0.0.1:" + port, destinations.get(0).get("destination").asText());
            assertEquals(dead.size(), destinations.get(0).get("items").get("DEAD").asInt(), destinations.toString());
            HttpResponse<String> nurse = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/admin/users"))
                    .header("Authorization", ServiceIT.ADMIN_AUTH).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"nurse\",\"password\":\"nurse-password-1\",\"roles\":[\"CLINICIAN\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, nurse.statusCode(), nurse.body());
            String nurseAuth = "Basic " + java.util.Base64.getEncoder().encodeToString("nurse:nurse-password-1".getBytes());
            assertEquals(200, call(server, "GET", "/api/v1/outbox?status=dead", nurseAuth).statusCode(), "everyone sees dead letters");
            assertEquals(403, call(server, "POST", "/api/v1/outbox/resend", nurseAuth).statusCode(), "only an admin re-sends");

            // The PACS is fixed; only an admin can re-send, and then it is delivered.
            refuser.destroy();
            refuser.waitFor(10, TimeUnit.SECONDS);
            Path received = Files.createDirectories(work.resolve("received"));
            Process storescp = storescp(work, "REFUSER", port, received);
            try {
                long id = dead.get(0).get("id").asLong();
                HttpResponse<String> alive = call(server, "POST", "/api/v1/outbox/" + id + "/resend", ServiceIT.ADMIN_AUTH);
                assertEquals(200, alive.statusCode(), alive.body());
                HttpResponse<String> conflict = call(server, "POST", "/api/v1/outbox/" + id + "/resend", ServiceIT.ADMIN_AUTH);
                assertEquals(409, conflict.statusCode(), "only a dead letter is re-sent: " + conflict.body());
                HttpResponse<String> rest = call(server, "POST", "/api/v1/outbox/resend", ServiceIT.ADMIN_AUTH);
                assertEquals(200, rest.statusCode(), rest.body());
                JsonNode delivered = awaitResults(server, study, "DELIVERED", Duration.ofSeconds(60));
                for (JsonNode item : delivered.get("items")) {
                    assertEquals("SENT", item.get("status").asText(), item.toString());
                }
                assertTrue(get(server, "/api/v1/studies/" + study).get("audit").toString().contains("RESULTS_RESENT"),
                        "the re-send is in the study's audit trail");
            } finally {
                storescp.destroy();
                storescp.waitFor(10, TimeUnit.SECONDS);
            }
        } finally {
            refuser.destroyForcibly();
        }
    }
}

package org.fxtriage.service.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.fxtriage.service.TestData;
import org.fxtriage.service.ingest.GatewayService;
import org.junit.jupiter.api.Test;

/**
 * The real service, in-process (random free ports, temporary data directory, the test model): dcmtk storescu
 * pushes radiographs, each study appears on the worklist with a category or NOT_ANALYSED with its reason, the
 * SSE stream delivers the changes (and replays them for Last-Event-ID), and a restart keeps everything.
 */
class ServiceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The first admin's password (no default password: FXTRIAGE_ADMIN_PASSWORD / fxtriage.admin-password). */
    static final String ADMIN_PASSWORD = "service-it-admin-1";
    static final String ADMIN_AUTH = "Basic " + java.util.Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedServer start(Path dataDir) {
        Map<String, Object> p = TestData.serviceProperties(dataDir, ADMIN_PASSWORD);
        return ApplicationContext.run(EmbeddedServer.class, p);
    }

    private JsonNode get(EmbeddedServer s, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(s.getURI().resolve(path)).header("Authorization", ADMIN_AUTH).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** The value of the first sample line that starts with {@code series} in Prometheus text format. */
    static double promValue(String text, String series) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).strip().split(" ")[0]);
            }
        }
        throw new AssertionError(series + " not in /prometheus");
    }

    private static String attr(Path f, int tag) throws Exception {
        Part10File p = Part10Reader.read(f, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.SKIP));
        return p.dataset().getString(tag);
    }

    /** Reads SSE events (id + data) from the stream into {@code events} until the connection ends. */
    private Thread listen(EmbeddedServer s, String lastEventId, List<String[]> events) {
        HttpRequest.Builder rq = HttpRequest.newBuilder(s.getURI().resolve("/api/v1/worklist/stream"))
                .header("Accept", "text/event-stream").header("Authorization", ADMIN_AUTH);
        if (lastEventId != null) {
            rq.header("Last-Event-ID", lastEventId);
        }
        Thread t = new Thread(() -> {
            try {
                HttpResponse<Stream<String>> r = http.send(rq.build(), HttpResponse.BodyHandlers.ofLines());
                if (r.statusCode() != 200) {
                    events.add(new String[] {"HTTP " + r.statusCode(), r.body().collect(java.util.stream.Collectors.joining())});
                    System.err.println("SSE stream answered " + r.statusCode());
                    return;
                }
                String id = null;
                for (String line : (Iterable<String>) r.body()::iterator) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        events.add(new String[] {id, line.substring(5).strip()});
                    }
                }
            } catch (Exception e) {
                // stream closed by the server shutting down
            }
        }, "sse-reader");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void await(String what, Duration timeout, java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void radiographsPushedByStorescuLandOnTheWorklistArePushedAndSurviveARestart() throws Exception {
        Storescu.requireTool("storescu");
        Path work = Files.createTempDirectory("service-it");
        Path data = work.resolve("data");
        Path hip = TestData.dicom("original/wg04/RG2_UNC.dcm");
        Path tibia = TestData.dicom("original/wg04/RG3_JPLL.dcm");
        Path hand = TestData.dicom("derived/CR_hand_MONO2_jpeg_baseline_8bit.dcm");
        Path chest = TestData.dicom("derived/CR_chest_MONO1_10bit_implicitVR.dcm");
        List<Path> files = List.of(hip, tibia, hand, chest);
        Map<String, Path> studyOf = new HashMap<>();
        Map<String, String> sopOf = new HashMap<>();
        for (Path f : files) {
            studyOf.put(attr(f, Tag.StudyInstanceUID), f);
            sopOf.put(attr(f, Tag.SOPInstanceUID), f.getFileName().toString());
        }
        assertEquals(4, studyOf.size(), "four studies");

        Map<String, String> categories = new HashMap<>();
        try (EmbeddedServer server = start(data)) {
            int dicomPort = server.getApplicationContext().getBean(GatewayService.class).localAddress().getPort();
            List<String[]> events = new CopyOnWriteArrayList<>();
            // One authenticated request first: the password check (PBKDF2, deliberately slow) is then remembered,
            // so the stream below opens at once.
            get(server, "/api/v1/worklist");
            // Last-Event-ID 0: the stream replays the change log from its start, so no event is lost however
            // long the server takes to subscribe this connection on a loaded machine (a fresh stream without
            // it starts at "now", which raced with the first images).
            listen(server, "0", events);

            String log = Storescu.send(work, dicomPort, files);
            assertEquals(Set.copyOf(files), Set.copyOf(Storescu.acknowledged(log)), "all acknowledged:\n" + log);

            await("every study scored", Duration.ofSeconds(60), () -> {
                try {
                    JsonNode page = get(server, "/api/v1/worklist?size=50");
                    int done = 0;
                    for (JsonNode s : page.get("items")) {
                        if (!s.get("category").asText().equals("PENDING")) {
                            done++;
                        }
                    }
                    return done == 4;
                } catch (Exception e) {
                    return false;
                }
            });
            JsonNode page = get(server, "/api/v1/worklist?size=50");
            assertEquals(4, page.get("total").asInt(), "one item per study");
            for (JsonNode s : page.get("items")) {
                String uid = s.get("studyInstanceUid").asText();
                categories.put(uid, s.get("category").asText());
                JsonNode detail = get(server, "/api/v1/studies/" + uid);
                assertEquals(1, detail.get("images").size());
                JsonNode img = detail.get("images").get(0);
                Path f = studyOf.get(uid);
                if (f.equals(chest)) {
                    assertEquals("NOT_ANALYSED", img.get("category").asText());
                    assertTrue(img.get("reason").asText().contains("CHEST"), img.toString());
                } else if (f.equals(tibia)) {
                    assertEquals("NOT_ANALYSED", img.get("category").asText(), "EXTREMITY is not in the test model's intended use");
                    assertTrue(img.get("reason").asText().contains("EXTREMITY"), img.toString());
                } else {
                    assertTrue(Set.of("POSITIVE", "DOUBT", "NEGATIVE").contains(img.get("category").asText()), img.toString());
                    assertTrue(img.get("probability").asDouble() >= 0 && img.get("probability").asDouble() <= 1);
                    assertEquals("test-conv", img.get("modelName").asText());
                    assertNotNull(img.get("timings"), img.toString());
                    assertTrue(img.get("timeToFlagMs").asLong() >= 0);
                }
            }

            // The stream delivered a scored event for every instance, with its time to flag.
            try {
                await("SSE events for every image", Duration.ofSeconds(10), () -> events.stream()
                        .filter(e -> e[1].contains("\"IMAGE_SCORED\"")).count() == 4);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; received " + events.stream()
                        .map(ev -> ev[0] + " " + ev[1].substring(0, Math.min(120, ev[1].length()))).toList(), e);
            }
            Set<String> scoredSops = new java.util.HashSet<>();
            for (String[] e : events) {
                JsonNode ev = JSON.readTree(e[1]);
                assertEquals(e[0], ev.get("id").asText(), "SSE id = change id");
                if (ev.get("kind").asText().equals("IMAGE_SCORED")) {
                    scoredSops.add(ev.get("sopInstanceUid").asText());
                    assertTrue(ev.has("timeToFlagMs"));
                    assertEquals(categories.get(ev.get("studyInstanceUid").asText()), ev.get("study").get("category").asText());
                }
            }
            assertEquals(sopOf.keySet(), scoredSops);
            io.micrometer.core.instrument.Timer ttf = server.getApplicationContext()
                    .getBean(io.micrometer.core.instrument.MeterRegistry.class).get("fxtriage.time_to_flag").timer();
            assertEquals(4, ttf.count(), "time-to-flag recorded for every image");

            // A client reconnecting with Last-Event-ID gets what it missed, in order.
            List<String[]> replay = new CopyOnWriteArrayList<>();
            listen(server, "2", replay);
            await("replay", Duration.ofSeconds(10), () -> replay.size() >= events.size() - 2);
            List<String> ids = new ArrayList<>();
            replay.forEach(e -> ids.add(e[0]));
            assertEquals("3", ids.get(0), "resumes after the last id seen");
            for (int i = 1; i < ids.size(); i++) {
                assertEquals(Long.parseLong(ids.get(i - 1)) + 1, Long.parseLong(ids.get(i)));
            }

            // Metrics after the push: Prometheus text, ADMIN only.
            HttpResponse<String> prom = http.send(HttpRequest.newBuilder(server.getURI().resolve("/prometheus"))
                    .header("Authorization", ADMIN_AUTH).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, prom.statusCode(), prom.body());
            for (String metric : List.of("fxtriage_dicom_associations_active", "fxtriage_dicom_associations_total{outcome=\"accepted\"}",
                    "fxtriage_dicom_instances_total{outcome=\"recorded\"}", "fxtriage_dicom_received_bytes_total",
                    "fxtriage_jobs_unfinished", "fxtriage_inference_stage_seconds_count{source=\"worklist\",stage=\"infer\"}",
                    "fxtriage_time_to_flag_seconds_bucket", "fxtriage_results_total{category=",
                    "fxtriage_model_info{device=\"CPU\",name=\"test-conv\"")) {
                assertTrue(prom.body().contains(metric), metric + " missing from /prometheus");
            }
            double accepted = promValue(prom.body(), "fxtriage_dicom_associations_total{outcome=\"accepted\"}");
            assertTrue(accepted >= 1, "associations counted: " + accepted);
            assertTrue(promValue(prom.body(), "fxtriage_dicom_received_bytes_total") > 1000, "bytes counted");
            assertEquals(401, http.send(HttpRequest.newBuilder(server.getURI().resolve("/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "no credentials, no metrics");
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(server.getURI().resolve("/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), "readiness open and UP: " + ready.body());

            // Problem details for a user error; no credentials, no action.
            HttpResponse<String> noUser = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/studies/"
                    + attr(hand, Tag.StudyInstanceUID) + "/claim")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, noUser.statusCode());
            assertTrue(noUser.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            HttpResponse<String> badPage = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/worklist?page=abc"))
                    .header("Authorization", ADMIN_AUTH).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, badPage.statusCode());
            assertTrue(badPage.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(JSON.readTree(badPage.body()).get("detail").asText().contains("page"), badPage.body());
            HttpResponse<String> claimed = http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/studies/"
                    + attr(hand, Tag.StudyInstanceUID) + "/claim")).header("Authorization", ADMIN_AUTH)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, claimed.statusCode(), claimed.body());
        }

        // Restart on the same data directory: everything is still there; the same image again is stored once.
        try (EmbeddedServer server = start(data)) {
            JsonNode page = get(server, "/api/v1/worklist?size=50");
            assertEquals(4, page.get("total").asInt());
            for (JsonNode s : page.get("items")) {
                assertEquals(categories.get(s.get("studyInstanceUid").asText()), s.get("category").asText());
            }
            JsonNode handStudy = get(server, "/api/v1/studies/" + attr(hand, Tag.StudyInstanceUID));
            assertEquals("CLAIMED", handStudy.get("study").get("status").asText());
            assertEquals("admin", handStudy.get("audit").get(0).get("actor").asText(), "audited as the authenticated user");
            int dicomPort = server.getApplicationContext().getBean(GatewayService.class).localAddress().getPort();
            String log = Storescu.send(work, dicomPort, List.of(hand));
            assertEquals(Set.of(hand), Storescu.acknowledged(log), "a duplicate is acknowledged:\n" + log);
            assertEquals(1, get(server, "/api/v1/studies/" + attr(hand, Tag.StudyInstanceUID)).get("images").size());
            assertEquals(4, get(server, "/api/v1/worklist").get("total").asInt());
            assertEquals("test-conv", get(server, "/api/v1/model").get("name").asText());
        }
    }
}

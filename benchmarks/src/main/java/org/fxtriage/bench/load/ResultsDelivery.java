package org.fxtriage.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fxtriage.dicom.io.Part10Reader;

/**
 * Results delivery after a load run (README "Benchmarks" → "Results delivery (inference done → PACS)"): waits
 * until the service's results outbox has drained, reads every item of the run's studies from
 * {@code GET /api/v1/outbox}, and reports the time from "inference done" ({@code resultsReadyAt}: the study's
 * last analysis committed) to the destination's acknowledgement ({@code sentAt}), per object and per study (its
 * last object acknowledged), the time from the study's image being stored (its C-STORE-RSP, on this machine's clock,
 * which is the service's when both run here) to its last result object acknowledged, the encode time of the
 * annotated Secondary Captures and of the SR, dead letters,
 * and, for destinations whose received files are at hand (a dcmtk storescp's output directory), whether the
 * destination holds every SENT object exactly once.
 */
final class ResultsDelivery {
    /**
     * The service's default {@code fxtriage.results.quiet-delay}. The benchmark usually runs with 0 and adds the
     * difference back: the planner's work per study is the same, only later.
     */
    static final double DEFAULT_QUIET_DELAY_MS = 10_000;
    /** Issue #6: results in the PACS within 5 s of the last image of a study, the default quiet delay counted. */
    static final double GOAL_MS = DEFAULT_QUIET_DELAY_MS + 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultsDelivery() {
    }

    /** One outbox item, as {@code GET /api/v1/outbox} returns it. Times in epoch milliseconds. */
    record Item(long id, String studyUid, String destination, String kind, String sopInstanceUid, String status,
                long resultsReadyAt, Long sentAt, Double encodeMillis) {

        static Item of(JsonNode n) {
            return new Item(n.path("id").asLong(), text(n, "studyInstanceUid"), text(n, "destination"), text(n, "kind"),
                    text(n, "sopInstanceUid"), text(n, "status"), epochMillis(n.get("resultsReadyAt"), "resultsReadyAt"),
                    n.hasNonNull("sentAt") ? epochMillis(n.get("sentAt"), "sentAt") : null,
                    n.hasNonNull("encodeMillis") ? n.get("encodeMillis").asDouble() : null);
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || !v.isTextual()) {
                throw new IllegalArgumentException("outbox item without " + field + ": " + n);
            }
            return v.asText();
        }
    }

    /**
     * An instant as the service may write it: ISO-8601 text, integral epoch milliseconds, or decimal epoch
     * seconds (Jackson's timestamp form, {@code 1764452000.123456789}).
     */
    static long epochMillis(JsonNode v, String field) {
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        if (v.isTextual()) {
            return Instant.parse(v.asText()).toEpochMilli();
        }
        if (v.isIntegralNumber() && Math.abs(v.asLong()) >= 100_000_000_000L) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.decimalValue().movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        }
        throw new IllegalArgumentException(field + " is neither a date-time nor a number: " + v);
    }

    /** What one destination got. */
    record DestinationTally(String destination, int sent, int dead, int unfinished, int studiesWithoutSc,
                            int studiesWithoutSr, int receivedFiles, int receivedDuplicates, int receivedNotSent,
                            int sentNotReceived, int unreadableFiles, boolean filesChecked) {

        boolean ok() {
            return dead == 0 && unfinished == 0 && studiesWithoutSc == 0 && studiesWithoutSr == 0
                    && (!filesChecked || (receivedFiles == sent && receivedDuplicates == 0 && receivedNotSent == 0
                    && sentNotReceived == 0 && unreadableFiles == 0));
        }
    }

    /**
     * The report of a run.
     *
     * @param studies         the run's studies
     * @param perObject       sentAt − resultsReadyAt of every SENT object, all destinations (ms)
     * @param perStudy        per study and destination: last object acknowledged − last analysis committed (ms)
     * @param fromLastImage   per study and destination: last object acknowledged − the image's C-STORE-RSP (ms)
     * @param encodeSc        encode time of each distinct SC (one per analysed image, ms)
     * @param encodeSr        encode time of each distinct SR (one per study and version, ms)
     * @param quietDelayMs    the quiet delay the service ran with
     */
    record Report(int studies, List<DestinationTally> destinations, Percentiles perObject, Percentiles perStudy,
                  Percentiles fromLastImage, Percentiles encodeSc, Percentiles encodeSr, double quietDelayMs) {

        /** Every study's SC and SR reached every destination, nothing is dead or still queued, files match. */
        boolean delivered() {
            return !destinations.isEmpty() && destinations.stream().allMatch(DestinationTally::ok);
        }

        /** p99 of inference done → study delivered, with the default quiet delay (less the run's) added. */
        double goalFigureMillis() {
            return perStudy.p99() + DEFAULT_QUIET_DELAY_MS - quietDelayMs;
        }

        /** p99 of image stored → study delivered, with the default quiet delay (less the run's) added. */
        double goalFigureFromLastImageMillis() {
            return fromLastImage.p99() + DEFAULT_QUIET_DELAY_MS - quietDelayMs;
        }

        /** Both readings of the goal hold: from inference done and from the image's C-STORE-RSP. */
        boolean goalMet() {
            return perStudy.count() > 0 && fromLastImage.count() > 0 && goalFigureMillis() <= GOAL_MS
                    && goalFigureFromLastImageMillis() <= GOAL_MS;
        }

        void print(PrintStream out) {
            out.printf("results delivery: %d studies (1 image each) → %d destination(s)%n", studies, destinations.size());
            for (DestinationTally d : destinations) {
                out.printf("  %s: SENT %d, DEAD %d, not finished %d, studies without SC %d / without SR %d", d.destination(),
                        d.sent(), d.dead(), d.unfinished(), d.studiesWithoutSc(), d.studiesWithoutSr());
                if (d.filesChecked()) {
                    out.printf("; received files %d (duplicates %d, not SENT %d, SENT but not received %d, unreadable %d) → %s",
                            d.receivedFiles(), d.receivedDuplicates(), d.receivedNotSent(), d.sentNotReceived(),
                            d.unreadableFiles(), d.receivedFiles() == d.sent() && d.receivedDuplicates() == 0
                                    && d.receivedNotSent() == 0 && d.sentNotReceived() == 0 && d.unreadableFiles() == 0
                                    ? "exactly once" : "MISMATCH");
                }
                out.println();
            }
            out.printf("inference done → acknowledged, per object (sentAt − resultsReadyAt, ms): %s%n", perObject.format(0));
            out.printf("inference done → study's last object acknowledged, per study and destination (ms): %s%n", perStudy.format(0));
            out.printf("image stored (C-STORE-RSP) → study's last object acknowledged, per study and destination (ms): %s%n",
                    fromLastImage.format(0));
            out.printf("encode SC per image (ms): %s%n", encodeSc.format(1));
            out.printf("encode SR per study (ms): %s%n", encodeSr.format(1));
            String added = quietDelayMs == DEFAULT_QUIET_DELAY_MS ? "" : String.format(java.util.Locale.ROOT,
                    " + %.1f s (default quiet delay %.0f s, this run %.1f s)", (DEFAULT_QUIET_DELAY_MS - quietDelayMs) / 1000,
                    DEFAULT_QUIET_DELAY_MS / 1000, quietDelayMs / 1000);
            out.printf("goal (results in the PACS ≤ %.0f s after the study's last image, default quiet delay counted): %s%n",
                    GOAL_MS / 1000, perStudy.count() == 0 || fromLastImage.count() == 0 ? "no samples" : String.format(
                            java.util.Locale.ROOT, "p99 from image stored %.2f s%s = %.2f s; from inference done %.2f s → %s",
                            fromLastImage.p99() / 1000, added, goalFigureFromLastImageMillis() / 1000,
                            goalFigureMillis() / 1000, goalMet() ? "met" : "NOT met"));
        }
    }

    /**
     * The report for {@code studies} (Study Instance UID → epoch ms its last image was acknowledged to us) from
     * the outbox {@code items} (any studies, any status) of the given destinations. {@code received}: for the
     * destinations whose stored files were read, the SOP Instance UID of each file (null for a file that could
     * not be read).
     */
    static Report analyse(Map<String, Long> studies, double quietDelayMs, List<String> destinations, List<Item> items,
                          Map<String, List<String>> received) {
        List<Item> ours = items.stream().filter(i -> studies.containsKey(i.studyUid())).toList();
        List<DestinationTally> tallies = new ArrayList<>();
        List<Long> perObject = new ArrayList<>();
        List<Long> perStudy = new ArrayList<>();
        List<Long> fromLastImage = new ArrayList<>();
        for (String d : destinations) {
            List<Item> mine = ours.stream().filter(i -> i.destination().equals(d)).toList();
            int sent = 0;
            int dead = 0;
            int unfinished = 0;
            Set<String> withSc = new HashSet<>();
            Set<String> withSr = new HashSet<>();
            Set<String> sentSops = new HashSet<>();
            Map<String, long[]> study = new HashMap<>(); // study → {max sentAt, max resultsReadyAt}
            for (Item i : mine) {
                switch (i.status()) {
                    case "SENT" -> {
                        sent++;
                        sentSops.add(i.sopInstanceUid());
                        (("SC".equals(i.kind())) ? withSc : withSr).add(i.studyUid());
                        perObject.add(i.sentAt() - i.resultsReadyAt());
                        long[] s = study.computeIfAbsent(i.studyUid(), k -> new long[] {Long.MIN_VALUE, Long.MIN_VALUE});
                        s[0] = Math.max(s[0], i.sentAt());
                        s[1] = Math.max(s[1], i.resultsReadyAt());
                    }
                    case "DEAD" -> dead++;
                    case "SUPERSEDED" -> { }
                    default -> unfinished++;
                }
            }
            for (Map.Entry<String, long[]> s : study.entrySet()) {
                perStudy.add(s.getValue()[0] - s.getValue()[1]);
                fromLastImage.add(s.getValue()[0] - studies.get(s.getKey()));
            }
            List<String> files = received.get(d);
            int receivedDuplicates = 0;
            int receivedNotSent = 0;
            int sentNotReceived = 0;
            int unreadable = 0;
            if (files != null) {
                Set<String> seen = new HashSet<>();
                for (String sop : files) {
                    if (sop == null) {
                        unreadable++;
                    } else if (!seen.add(sop)) {
                        receivedDuplicates++;
                    } else if (!sentSops.contains(sop)) {
                        receivedNotSent++;
                    }
                }
                for (String sop : sentSops) {
                    if (!seen.contains(sop)) {
                        sentNotReceived++;
                    }
                }
            }
            tallies.add(new DestinationTally(d, sent, dead, unfinished, studies.size() - withSc.size(),
                    studies.size() - withSr.size(), files == null ? 0 : files.size(), receivedDuplicates, receivedNotSent,
                    sentNotReceived, unreadable, files != null));
        }
        // An object is encoded once and queued for every destination: count its encode time once.
        Map<String, Double> sc = new LinkedHashMap<>();
        Map<String, Double> sr = new LinkedHashMap<>();
        for (Item i : ours) {
            if (i.encodeMillis() != null) {
                ("SC".equals(i.kind()) ? sc : sr).putIfAbsent(i.sopInstanceUid(), i.encodeMillis());
            }
        }
        return new Report(studies.size(), tallies, Percentiles.of(perObject), Percentiles.of(perStudy),
                Percentiles.of(fromLastImage), Percentiles.of(sc.values()), Percentiles.of(sr.values()), quietDelayMs);
    }

    /** The SOP Instance UID of every regular file under {@code dir}; null for a file that is not readable DICOM. */
    static List<String> receivedSops(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                try {
                    out.add(Part10Reader.read(f).sopInstanceUid());
                } catch (IOException | RuntimeException e) {
                    System.err.println("received file " + f.getFileName() + " unreadable: " + e.getMessage());
                    out.add(null);
                }
            }
        }
        return out;
    }

    /** Talks to the service's outbox API. */
    static final class Client {
        private final HttpClient http;
        private final String base;
        private final String auth;

        Client(HttpClient http, String base, String auth) {
            this.http = http;
            this.base = base;
            this.auth = auth;
        }

        private JsonNode get(String path) throws IOException, InterruptedException {
            HttpResponse<String> rsp = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (rsp.statusCode() != 200) {
                throw new IOException("GET " + path + ": HTTP " + rsp.statusCode() + " " + rsp.body());
            }
            return JSON.readTree(rsp.body());
        }

        /** Destination key → item counts by status. */
        Map<String, Map<String, Long>> destinations() throws IOException, InterruptedException {
            Map<String, Map<String, Long>> out = new TreeMap<>();
            for (JsonNode d : get("/api/v1/outbox/destinations")) {
                Map<String, Long> counts = new TreeMap<>();
                d.path("items").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
                out.put(d.path("destination").asText(), counts);
            }
            return out;
        }

        /** The newest {@code limit} items of one destination, any status. */
        List<Item> items(String destination, int limit) throws IOException, InterruptedException {
            List<Item> out = new ArrayList<>();
            for (JsonNode n : get("/api/v1/outbox?limit=" + limit + "&destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8))) {
                out.add(Item.of(n));
            }
            return out;
        }
    }

    /**
     * Waits until every destination has at least {@code expectedPerDestination} items and none PENDING or
     * SENDING (so every study was exported and every object has its final outcome), or the timeout passes.
     * Returns the last counts seen.
     */
    static Map<String, Map<String, Long>> awaitDrained(Client client, long expectedPerDestination, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Map<String, Long>> counts;
        while (true) {
            counts = client.destinations();
            if (drained(counts, expectedPerDestination) || System.nanoTime() > deadline) {
                return counts;
            }
            Thread.sleep(500);
        }
    }

    static boolean drained(Map<String, Map<String, Long>> counts, long expectedPerDestination) {
        if (counts.isEmpty()) {
            return false;
        }
        for (Map<String, Long> c : counts.values()) {
            long total = c.values().stream().mapToLong(Long::longValue).sum();
            if (c.getOrDefault("PENDING", 0L) + c.getOrDefault("SENDING", 0L) > 0 || total < expectedPerDestination) {
                return false;
            }
        }
        return true;
    }

    /**
     * The whole results phase of a load run: waits for the outbox, reads the items and the received files,
     * prints the report. {@code allStudies}: every study the run created (warm-up included), each expected to
     * yield one SC and one SR per destination; {@code measured}: the studies reported on, with the epoch ms
     * their image was acknowledged; {@code quietDelayMs}: the service's quiet delay in this run.
     */
    static Report run(Client client, Map<String, Long> measured, int allStudies, double quietDelayMs,
                      Map<String, Path> receivedDirs, Duration timeout, PrintStream out) throws IOException, InterruptedException {
        long waitStart = System.nanoTime();
        Map<String, Map<String, Long>> counts = awaitDrained(client, 2L * allStudies, timeout);
        out.printf("outbox after %.1f s of waiting: %s%s%n", (System.nanoTime() - waitStart) / 1e9, counts,
                drained(counts, 2L * allStudies) ? "" : " (NOT drained within " + timeout.toSeconds() + " s)");
        List<String> destinations = new ArrayList<>(counts.keySet());
        List<Item> items = new ArrayList<>();
        for (String d : destinations) {
            List<Item> l = client.items(d, 1000);
            if (l.size() == 1000) {
                out.printf("warning: %s has 1000 or more items; only the newest 1000 are reported%n", d);
            }
            items.addAll(l);
        }
        Map<String, List<String>> received = new HashMap<>();
        for (Map.Entry<String, Path> e : receivedDirs.entrySet()) {
            if (!counts.containsKey(e.getKey())) {
                throw new IllegalArgumentException("received files given for " + e.getKey()
                        + ", which is not a configured destination " + destinations);
            }
            received.put(e.getKey(), receivedSops(e.getValue()));
        }
        Report report = analyse(measured, quietDelayMs, destinations, items, received);
        report.print(out);
        return report;
    }

    /** {@code KEY=DIR} as given to {@code --results-received}. */
    static Map.Entry<String, Path> receivedDir(String arg) {
        int eq = arg.indexOf('=');
        if (eq <= 0 || eq == arg.length() - 1) {
            throw new IllegalArgumentException("--results-received AET@host:port=DIR, got '" + arg + "'");
        }
        return Map.entry(arg.substring(0, eq), Path.of(arg.substring(eq + 1)));
    }
}

package org.fxtriage.bench.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.data.VR;
import org.fxtriage.dicom.io.DatasetWriter;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.service.DatasetSource;
import org.fxtriage.dicom.net.service.DimseResponse;
import org.fxtriage.dicom.net.service.StoreScu;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationRequest;
import org.fxtriage.dicom.net.ul.AssociationSettings;

/**
 * End-to-end load against a running service: M storage associations send radiographs at a fixed total rate
 * (open loop: each send has a scheduled time; a sender that falls behind records its lag rather than slowing
 * the schedule), while an SSE reader on {@code /api/v1/worklist/stream} matches {@code IMAGE_SCORED} events to
 * the sent SOP Instance UIDs. Reports time to flag as seen by the client (C-STORE-RSP received → SSE event
 * arrived) and as the server records it ({@code timeToFlagMs}: last byte received → result committed),
 * images/s, rejected/failed counts and peak service memory from {@code /prometheus}. With {@code --results true}
 * or {@code --results-received}, it then waits for the results outbox and reports their delivery
 * ({@link ResultsDelivery}).
 *
 * <p>Every send is a new study: Study, Series and SOP Instance UIDs are replaced in a copy of the template, which
 * is encoded once per send in the template's own transfer syntax (so the pixel data is sent as it was in the
 * file, e.g. Explicit VR Little Endian for RG2_UNC).
 */
public final class LoadDriver {
    private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern SOP = Pattern.compile("\"sopInstanceUid\"\\s*:\\s*\"([0-9.]+)\"");
    private static final Pattern TTF = Pattern.compile("\"timeToFlagMs\"\\s*:\\s*(\\d+)");
    private static final Pattern LAST_CHANGE = Pattern.compile("\"lastChangeId\"\\s*:\\s*(\\d+)");

    private final String host;
    private final int httpPort;
    private final int dicomPort;
    private final String auth;
    private final String calledAe;
    private final List<Part10File> templates;
    private final int associations;
    private final double rate;
    private final int seconds;
    private final int drainSeconds;
    private final int warmup;
    private final long servicePid;
    private final boolean results;
    private final Map<String, Path> resultsReceived = new java.util.LinkedHashMap<>();
    private final int resultsDrainSeconds;
    private final double resultsQuietDelayMs;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** SOP Instance UID → nanoTime the C-STORE-RSP arrived (success only). */
    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    /** Study Instance UID → epoch ms its (only) image's C-STORE-RSP arrived; the warm-up studies apart. */
    private final Map<String, Long> storedStudies = new ConcurrentHashMap<>();
    private final java.util.Set<String> warmupStudies = ConcurrentHashMap.newKeySet();
    private final List<Long> clientLatencyNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Long> serverTtfMillis = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Long> storeRttNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger associationFailures = new AtomicInteger();
    private final AtomicLong maxLagNanos = new AtomicLong();
    private final AtomicLong peakResident = new AtomicLong(-1);
    private final AtomicLong peakJvmUsed = new AtomicLong(-1);
    private final AtomicInteger scoredSeen = new AtomicInteger();
    private final java.util.Set<String> warmupSops = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch warmupLeft = new CountDownLatch(0);

    private LoadDriver(Map<String, List<String>> args) throws IOException {
        String[] target = one(args, "target", "127.0.0.1:8080:11112").split(":");
        if (target.length != 3) {
            throw new IllegalArgumentException("--target host:httpPort:dicomPort");
        }
        host = target[0];
        httpPort = Integer.parseInt(target[1]);
        dicomPort = Integer.parseInt(target[2]);
        auth = "Basic " + Base64.getEncoder().encodeToString((one(args, "user", "admin") + ":" + one(args, "password", ""))
                .getBytes(StandardCharsets.UTF_8));
        calledAe = one(args, "ae", "FXTRIAGE");
        associations = Integer.parseInt(one(args, "associations", "2"));
        rate = Double.parseDouble(one(args, "rate", "2"));
        seconds = Integer.parseInt(one(args, "seconds", "60"));
        drainSeconds = Integer.parseInt(one(args, "drain-seconds", "60"));
        warmup = Integer.parseInt(one(args, "warmup", "0"));
        servicePid = Long.parseLong(one(args, "service-pid", "-1"));
        for (String r : args.getOrDefault("results-received", List.of())) {
            Map.Entry<String, Path> e = ResultsDelivery.receivedDir(r);
            resultsReceived.put(e.getKey(), e.getValue());
        }
        results = Boolean.parseBoolean(one(args, "results", "false")) || !resultsReceived.isEmpty();
        resultsDrainSeconds = Integer.parseInt(one(args, "results-drain-seconds", "120"));
        resultsQuietDelayMs = Double.parseDouble(one(args, "results-quiet-delay", "0")) * 1000;
        List<String> files = args.getOrDefault("file", List.of("../shared/data/dicom/original/wg04/RG2_UNC.dcm"));
        templates = new ArrayList<>();
        for (String f : files) {
            // LOAD: the pixel data must be in memory, since each send re-encodes the whole data set.
            templates.add(Part10Reader.read(Path.of(f), ReadOptions.defaults().withPixelData(PixelDataPolicy.LOAD)));
        }
        if (associations < 1 || rate <= 0 || seconds < 1) {
            throw new IllegalArgumentException("--associations ≥ 1, --rate > 0, --seconds ≥ 1");
        }
    }

    public static void main(String[] argv) throws Exception {
        Map<String, List<String>> args = new java.util.LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                System.err.println("usage: LoadDriver --target host:httpPort:dicomPort --user admin --password P"
                        + " [--file F.dcm ...] [--associations M] [--rate R] [--seconds T] [--ae FXTRIAGE] [--drain-seconds 60]"
                        + " [--warmup N] [--service-pid PID] [--results true] [--results-received AET@host:port=DIR ...]"
                        + " [--results-drain-seconds 120] [--results-quiet-delay SECONDS (the service's; 0)]");
                System.exit(2);
            }
            args.computeIfAbsent(argv[i].substring(2), k -> new ArrayList<>()).add(argv[++i]);
        }
        System.exit(new LoadDriver(args).run());
    }

    private static String one(Map<String, List<String>> args, String key, String dflt) {
        List<String> v = args.get(key);
        return v == null ? dflt : v.get(v.size() - 1);
    }

    private int run() throws Exception {
        long since = lastChangeId();
        Thread sse = daemon("sse", () -> readStream(since));
        if (warmup > 0) {
            warmUp();
        }
        Thread memory = daemon("prometheus", this::pollMemory);

        int total = (int) Math.round(rate * seconds);
        long intervalNanos = (long) (1e9 / rate);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(associations);
        CountDownLatch associated = new CountDownLatch(associations);
        java.util.concurrent.CompletableFuture<Long> startAt = new java.util.concurrent.CompletableFuture<>();
        for (int s = 0; s < associations; s++) {
            new Thread(() -> {
                try {
                    sendLoop(next, total, associated, startAt, intervalNanos);
                } finally {
                    done.countDown();
                }
            }, "sender-" + s).start();
        }
        // The schedule starts once every association is up, so association set-up is not counted as lag.
        associated.await();
        long start = System.nanoTime() + 100_000_000L;
        startAt.complete(start);
        done.await();
        long sendEnd = System.nanoTime();
        double sendSeconds = (sendEnd - start) / 1e9;

        long deadline = System.nanoTime() + drainSeconds * 1_000_000_000L;
        while (scoredSeen.get() < acknowledged.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long drainEnd = System.nanoTime();
        // Results delivery is awaited while memory is still sampled: encoding the SCs is part of the peak.
        ResultsDelivery.Report delivery = null;
        java.io.ByteArrayOutputStream deliveryText = new java.io.ByteArrayOutputStream();
        if (results) {
            delivery = ResultsDelivery.run(new ResultsDelivery.Client(http, "http://" + host + ":" + httpPort, auth),
                    Map.copyOf(storedStudies), storedStudies.size() + warmupStudies.size(), resultsQuietDelayMs,
                    resultsReceived, Duration.ofSeconds(resultsDrainSeconds), new java.io.PrintStream(deliveryText, true, StandardCharsets.UTF_8));
        }
        Thread.sleep(1200); // one more memory sample after the last result
        sse.interrupt();
        memory.interrupt();

        int ok = acknowledged.size();
        int flagged = scoredSeen.get();
        System.out.printf("target %s http %d dicom %d AE %s; %d association(s), rate %.2f/s, %d s, %d template(s)%n",
                host, httpPort, dicomPort, calledAe, associations, rate, seconds, templates.size());
        System.out.printf("sent %d, stored OK %d, rejected (non-success status) %d, failed (I/O, no context) %d, association failures %d%n",
                sent.get(), ok, rejected.get(), failed.get(), associationFailures.get());
        System.out.printf("send throughput %.2f images/s over %.1f s; flagged %d/%d (missing %d) → %.2f images/s flagged over %.1f s%n",
                ok / sendSeconds, sendSeconds, flagged, ok, ok - flagged, flagged / ((drainEnd - start) / 1e9), (drainEnd - start) / 1e9);
        System.out.printf("max schedule lag %.0f ms%n", maxLagNanos.get() / 1e6);
        printPercentiles("C-STORE round trip (ms)", millis(storeRttNanos));
        printPercentiles("time to flag, client (C-STORE-RSP → SSE IMAGE_SCORED, ms)", millis(clientLatencyNanos));
        printPercentiles("time to flag, server timeToFlagMs (last byte → result committed, ms)", copy(serverTtfMillis));
        System.out.printf("peak service memory: resident %s, JVM used (all areas, /prometheus, 1 s samples) %s%n",
                mib(peakResident()), mib(peakJvmUsed.get()));
        System.out.print(deliveryText.toString(StandardCharsets.UTF_8));
        boolean delivered = delivery == null || delivery.delivered();
        return ok - flagged == 0 && rejected.get() == 0 && failed.get() == 0 && associationFailures.get() == 0 && delivered ? 0 : 1;
    }

    /**
     * Sends {@code warmup} images one after another and waits until each is scored, so that the measured run does
     * not include JIT compilation and the model's first inferences. Their results are not reported.
     */
    private void warmUp() throws Exception {
        warmupLeft = new CountDownLatch(warmup);
        try (Association association = associate(templates.get(0))) {
            StoreScu scu = new StoreScu(association);
            for (int i = 0; i < warmup; i++) {
                NewStudy source = newStudy(templates.get(i % templates.size()));
                warmupSops.add(source.sopInstanceUid());
                warmupStudies.add(source.studyInstanceUid());
                DimseResponse rsp = scu.send(source);
                if (!rsp.isSuccess()) {
                    throw new IOException("warm-up C-STORE: " + rsp);
                }
            }
            association.release();
        }
        if (!warmupLeft.await(drainSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IOException("warm-up: " + warmupLeft.getCount() + " of " + warmup + " images not scored within " + drainSeconds + " s");
        }
    }

    private void sendLoop(AtomicInteger next, int total, CountDownLatch associated,
                          java.util.concurrent.CompletableFuture<Long> startAt, long intervalNanos) {
        Association association = null;
        StoreScu scu = null;
        try {
            association = associate(templates.get(0));
            scu = new StoreScu(association);
        } catch (IOException e) {
            associationFailures.incrementAndGet();
            System.err.println(Thread.currentThread().getName() + ": " + e);
        } finally {
            associated.countDown();
        }
        long start = startAt.join();
        int n;
        while ((n = next.getAndIncrement()) < total) {
            long due = start + n * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
            } else {
                maxLagNanos.accumulateAndGet(-wait, Math::max);
            }
            Part10File template = templates.get(n % templates.size());
            try {
                if (association == null) {
                    association = associate(template);
                    scu = new StoreScu(association);
                }
                NewStudy source = newStudy(template);
                sent.incrementAndGet();
                long t0 = System.nanoTime();
                DimseResponse rsp = scu.send(source);
                long t1 = System.nanoTime();
                storeRttNanos.add(t1 - t0);
                if (rsp.isSuccess()) {
                    storedStudies.put(source.studyInstanceUid(), System.currentTimeMillis());
                    acknowledged.put(source.sopInstanceUid(), t1);
                } else {
                    rejected.incrementAndGet();
                }
            } catch (IOException | RuntimeException e) {
                // Association rejections and aborts are IOExceptions; count the image and carry on with a new one.
                if (association == null) {
                    associationFailures.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    association.abort();
                    association = null;
                }
                System.err.println(Thread.currentThread().getName() + ": " + e);
            }
        }
        if (association != null) {
            try {
                association.release();
            } catch (IOException e) {
                association.abort();
            }
        }
    }

    private Association associate(Part10File template) throws IOException {
        List<PresentationContextRq> pcs = new ArrayList<>();
        int id = 1;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Part10File t : templates) {
            if (seen.add(t.sopClassUid() + "|" + t.transferSyntaxUid())) {
                pcs.add(new PresentationContextRq(id, t.sopClassUid(), t.transferSyntaxUid()));
                id += 2;
            }
        }
        return Association.request(new AssociationRequest(new InetSocketAddress(host, dicomPort), "FXLOAD", calledAe, pcs),
                AssociationSettings.defaults().withDimseTimeout(Duration.ofSeconds(60)));
    }

    /** A copy of the template as a new study (fresh Study, Series and SOP Instance UIDs), encoded in its transfer syntax. */
    private static NewStudy newStudy(Part10File template) throws IOException {
        Attributes ds = new Attributes(template.dataset());
        String study = UID.createUUIDBased();
        String sop = UID.createUUIDBased();
        ds.setString(Tag.StudyInstanceUID, VR.UI, study);
        ds.setString(Tag.SeriesInstanceUID, VR.UI, UID.createUUIDBased());
        ds.setString(Tag.SOPInstanceUID, VR.UI, sop);
        byte[] bytes = DatasetWriter.toBytes(ds, template.transferSyntax());
        return new NewStudy(study, template.sopClassUid(), sop, template.transferSyntaxUid(), bytes);
    }

    /** One image of a new study, ready to send. */
    private record NewStudy(String studyInstanceUid, String sopClassUid, String sopInstanceUid, String transferSyntaxUid,
                            byte[] bytes) implements DatasetSource {
        @Override
        public InputStream openDataset() {
            return new ByteArrayInputStream(bytes);
        }
    }

    private long lastChangeId() throws IOException, InterruptedException {
        HttpResponse<String> rsp = http.send(get("/api/v1/worklist?size=1"), HttpResponse.BodyHandlers.ofString());
        if (rsp.statusCode() != 200) {
            throw new IOException("GET /api/v1/worklist: HTTP " + rsp.statusCode());
        }
        Matcher m = LAST_CHANGE.matcher(rsp.body());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://" + host + ":" + httpPort + path))
                .header("Authorization", auth).timeout(Duration.ofSeconds(30)).GET().build();
    }

    /** SSE (one event per blank-line-terminated block); only {@code data:} lines matter here. */
    private void readStream(long since) {
        long resumeFrom = since;
        while (!Thread.currentThread().isInterrupted()) {
            HttpRequest rq = HttpRequest.newBuilder(URI.create("http://" + host + ":" + httpPort + "/api/v1/worklist/stream?since=" + resumeFrom))
                    .header("Authorization", auth).header("Accept", "text/event-stream").GET().build();
            try {
                HttpResponse<Stream<String>> rsp = http.send(rq, HttpResponse.BodyHandlers.ofLines());
                if (rsp.statusCode() != 200) {
                    throw new IOException("SSE: HTTP " + rsp.statusCode());
                }
                try (Stream<String> lines = rsp.body()) {
                    for (String line : (Iterable<String>) lines::iterator) {
                        if (line.startsWith("id:")) {
                            resumeFrom = Long.parseLong(line.substring(3).trim());
                        } else if (line.startsWith("data:")) {
                            onEvent(line.substring(5), System.nanoTime());
                        }
                    }
                }
            } catch (IOException e) {
                System.err.println("SSE reconnecting after: " + e);
                sleepNanos(500_000_000L);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void onEvent(String data, long arrived) {
        Matcher kind = KIND.matcher(data);
        Matcher sop = SOP.matcher(data);
        if (!kind.find() || !"IMAGE_SCORED".equals(kind.group(1)) || !sop.find()) {
            return;
        }
        if (warmupSops.remove(sop.group(1))) {
            warmupLeft.countDown();
            return;
        }
        // The RSP and the event race: the event may arrive a little before the sender thread records the RSP.
        Long acked = null;
        for (int i = 0; i < 50 && (acked = acknowledged.get(sop.group(1))) == null; i++) {
            sleepNanos(10_000_000L);
        }
        if (acked == null) {
            return; // not ours (another client's image)
        }
        clientLatencyNanos.add(Math.max(0, arrived - acked));
        Matcher ttf = TTF.matcher(data);
        if (ttf.find()) {
            serverTtfMillis.add(Long.parseLong(ttf.group(1)));
        }
        scoredSeen.incrementAndGet();
    }

    private void pollMemory() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                HttpResponse<String> rsp = http.send(get("/prometheus"), HttpResponse.BodyHandlers.ofString());
                if (rsp.statusCode() == 200) {
                    long jvm = 0;
                    boolean any = false;
                    for (String line : rsp.body().split("\n")) {
                        if (line.startsWith("process_resident_memory_bytes")) {
                            peakResident.accumulateAndGet((long) value(line), Math::max);
                        } else if (line.startsWith("jvm_memory_used_bytes")) {
                            jvm += (long) value(line);
                            any = true;
                        }
                    }
                    if (any) {
                        peakJvmUsed.accumulateAndGet(jvm, Math::max);
                    }
                }
                Thread.sleep(1000);
            } catch (IOException e) {
                sleepNanos(1_000_000_000L);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * The service's peak resident set: VmHWM of /proc/PID/status when the service runs on this machine
     * (--service-pid), else the largest process_resident_memory_bytes sampled from /prometheus (-1 if neither).
     */
    private long peakResident() {
        if (servicePid > 0) {
            try {
                for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", Long.toString(servicePid), "status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024L;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                System.err.println("cannot read peak RSS of pid " + servicePid + ": " + e);
            }
        }
        return peakResident.get();
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long[] millis(List<Long> nanos) {
        long[] a = copy(nanos);
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] / 1_000_000L;
        }
        return a;
    }

    private static long[] copy(List<Long> values) {
        synchronized (values) {
            return values.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static void printPercentiles(String what, long[] values) {
        System.out.printf("%s: %s%n", what, Percentiles.of(values).format(0));
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%.0f MiB", bytes / 1048576.0);
    }
}

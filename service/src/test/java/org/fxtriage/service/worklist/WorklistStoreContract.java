package org.fxtriage.service.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.gateway.InstanceStore;
import org.fxtriage.gateway.StoreOutcome;
import org.fxtriage.gateway.StoredInstance;
import org.fxtriage.inference.predict.Category;
import org.fxtriage.inference.predict.Prediction;
import org.fxtriage.service.TestData;
import org.fxtriage.service.TriageSettings;
import org.fxtriage.service.db.Database;
import org.fxtriage.service.ingest.DurableStoreHandler;
import org.fxtriage.service.jobs.JobQueue;
import org.fxtriage.service.jobs.JobRunner;
import org.fxtriage.service.results.Destination;
import org.fxtriage.service.results.OutboxItem;
import org.fxtriage.service.results.OutboxRepository;
import org.fxtriage.service.results.ResultObject;
import org.fxtriage.service.results.RetrySchedule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The persistence behaviour the service relies on, run against each supported database (subclasses: H2
 * embedded, PostgreSQL). The gateway, workers and model are off: the tests drive the store handler, the job
 * queue and the worklist directly. Tests share one database, so each uses its own UIDs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WorklistStoreContract {
    protected ApplicationContext ctx;
    private DurableStoreHandler handler;
    private JobQueue queue;
    private WorklistService worklist;
    private WorklistRepository repo;
    private Database db;
    private TriageSettings.Jobs jobSettings;
    private final Path sample = TestData.dicom("derived/CR_hand_MONO2_jpeg_baseline_8bit.dcm");

    /** Datasource properties ({@code datasources.default.*}) of the database under test. */
    protected abstract Map<String, Object> datasource() throws Exception;

    protected void stopDatabase() throws Exception {
    }

    @BeforeAll
    void start() throws Exception {
        Map<String, Object> props = new HashMap<>(datasource());
        props.put("fxtriage.dicom.enabled", false);
        props.put("fxtriage.jobs.enabled", false);
        props.put("fxtriage.model.enabled", false);
        props.put("fxtriage.jobs.max-attempts", 2);
        props.put("fxtriage.jobs.retry-delay", "0s");
        ctx = ApplicationContext.run(props);
        handler = ctx.getBean(DurableStoreHandler.class);
        queue = ctx.getBean(JobQueue.class);
        worklist = ctx.getBean(WorklistService.class);
        repo = ctx.getBean(WorklistRepository.class);
        db = ctx.getBean(Database.class);
        jobSettings = ctx.getBean(TriageSettings.Jobs.class);
    }

    @AfterAll
    void stop() throws Exception {
        if (ctx != null) {
            ctx.close();
        }
        stopDatabase();
    }

    private static String uid() {
        return "2.25." + UUID.randomUUID().toString().replace("-", "").chars().map(c -> c % 10).collect(StringBuilder::new,
                StringBuilder::append, StringBuilder::append).substring(0, 30);
    }

    private StoredInstance instance(String study, String sop, Instant received) throws Exception {
        return new StoredInstance(study, study + ".1", sop, "1.2.840.10008.5.1.4.1.1.1", "1.2.840.10008.1.2.4.50",
                sample, Files.size(sample), "TESTSCU", "FXTRIAGE", received);
    }

    private JobRunner runner(JobRunner.Analysis analysis) {
        return new JobRunner(queue, analysis, db, repo, ctx.getBean(WorklistRules.class), ctx.getBean(ChangeNotifier.class),
                jobSettings, true);
    }

    /** Finishes jobs other tests left queued, so the next claim is ours. */
    private void drainQueue() {
        JobRunner r = runner(f -> new Prediction(Category.NEGATIVE, null, 0.1, -2.0, List.of(), "m", "1", null));
        while (r.runOne("drain")) {
            // next
        }
    }

    @Test
    void instanceAndJobAreRecordedOnceAndTheStudyIsPendingUntilScored() throws Exception {
        String study = uid();
        String sop = uid();
        assertEquals(StoreOutcome.RECORDED, handler.record(instance(study, sop, Instant.now())));
        assertEquals(StoreOutcome.DUPLICATE, handler.record(instance(study, sop, Instant.now())), "same SOP Instance UID again");
        StudyDetail d = worklist.study(study);
        assertEquals(1, d.images().size());
        assertEquals(TriageCategory.PENDING, d.study().category());
        assertEquals("HAND", d.study().bodyPart(), "header stored for the UI");
        assertEquals(JobQueue.QUEUED, queue.state(sop).orElseThrow()[0]);
        int jobs = db.read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM job WHERE sop_instance_uid = ?")) {
                ps.setString(1, sop);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        assertEquals(1, jobs, "one job per instance");
    }

    @Test
    void scoredImagesAggregateToTheMostSevereCategoryAndMaxScore() throws Exception {
        drainQueue();
        String study = uid();
        String a = uid();
        String b = uid();
        handler.record(instance(study, a, Instant.now()));
        handler.record(instance(study, b, Instant.now()));
        Map<String, Prediction> results = Map.of(
                a, new Prediction(Category.DOUBT, null, 0.6, 0.4, List.of(), "m", "1", null),
                b, new Prediction(Category.NEGATIVE, null, 0.2, -1.0, List.of(), "m", "1", null));
        List<String> order = new ArrayList<>();
        // The runner analyses by file; our two instances share one file, so score them by claim order.
        JobRunner byClaim = new JobRunner(queue, f -> results.get(order.isEmpty() ? a : b), db, repo,
                ctx.getBean(WorklistRules.class), ctx.getBean(ChangeNotifier.class), jobSettings, true);
        assertTrue(byClaim.runOne("t"));
        order.add(a);
        assertTrue(byClaim.runOne("t"));
        StudySummary s = worklist.study(study).study();
        assertEquals(TriageCategory.DOUBT, s.category(), "most severe image");
        assertEquals(0.6, s.score(), 1e-9, "max image score");
        assertEquals(2, s.imageCount());
        assertFalse(byClaim.runOne("t"), "nothing left to do");
    }

    @Test
    void aFailingJobIsRetriedThenEndsNotAnalysedWithItsReason() throws Exception {
        drainQueue();
        String study = uid();
        String sop = uid();
        handler.record(instance(study, sop, Instant.now()));
        AtomicInteger calls = new AtomicInteger();
        JobRunner r = runner(f -> {
            calls.incrementAndGet();
            throw new java.io.IOException("decoder exploded");
        });
        assertTrue(r.runOne("t"));
        assertEquals(JobQueue.QUEUED, queue.state(sop).orElseThrow()[0], "first failure: queued again");
        assertTrue(r.runOne("t"));
        assertFalse(r.runOne("t"), "max-attempts reached: never retried again");
        assertEquals(2, calls.get());
        assertEquals(JobQueue.FAILED, queue.state(sop).orElseThrow()[0]);
        ImageResult img = worklist.study(study).images().get(0);
        assertEquals(TriageCategory.NOT_ANALYSED, img.category());
        assertTrue(img.reason().contains("decoder exploded") && img.reason().contains("2 times"), img.reason());
        assertEquals(TriageCategory.NOT_ANALYSED, worklist.study(study).study().category());
    }

    @Test
    void jobsInterruptedByACrashAreResumedAndAnImageThatKeepsCrashingEndsNotAnalysed() throws Exception {
        drainQueue();
        String study = uid();
        String sop = uid();
        handler.record(instance(study, sop, Instant.now()));
        String node = "node-" + uid();
        for (int crash = 1; crash <= 2; crash++) {
            JobQueue.ClaimedJob j = queue.claim(node, System.currentTimeMillis()).orElseThrow();
            assertEquals(sop, j.sopInstanceUid());
            assertEquals(crash, j.attempts());
            // the process dies here; on restart:
            assertEquals(1, queue.resumeInterrupted(node, System.currentTimeMillis(), java.time.Duration.ofMinutes(10)));
        }
        AtomicInteger calls = new AtomicInteger();
        assertTrue(runner(f -> {
            calls.incrementAndGet();
            return null;
        }).runOne(node));
        assertEquals(0, calls.get(), "third attempt after two crashes is not started");
        ImageResult img = worklist.study(study).images().get(0);
        assertEquals(TriageCategory.NOT_ANALYSED, img.category());
        assertTrue(img.reason().contains("did not complete"), img.reason());
    }

    @Test
    void concurrentClaimersNeverTakeTheSameJob() throws Exception {
        drainQueue();
        String study = uid();
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            String sop = uid();
            mine.add(sop);
            handler.record(instance(study, sop, Instant.now()));
        }
        Map<String, Integer> claims = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String node = "claimer-" + t;
            fs.add(pool.submit(() -> {
                while (true) {
                    var j = queue.claim(node, System.currentTimeMillis());
                    if (j.isEmpty()) {
                        return null;
                    }
                    claims.merge(j.get().sopInstanceUid(), 1, Integer::sum);
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(claims.keySet().containsAll(mine), "every job claimed");
        assertTrue(claims.values().stream().allMatch(n -> n == 1), "each exactly once: " + claims);
        queue.resumeInterrupted("nobody", System.currentTimeMillis() + 3_600_000, java.time.Duration.ofMinutes(1));
    }

    @Test
    void concurrentlyScoredImagesOfOneStudyAllCountInItsAggregate() throws Exception {
        drainQueue();
        String study = uid();
        List<String> sops = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String sop = uid();
            sops.add(sop);
            handler.record(instance(study, sop, Instant.now()));
        }
        JobRunner r = runner(f -> new Prediction(Category.NEGATIVE, null, 0.2, -1.0, List.of(), "m", "1", null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String node = "scorer-" + t;
            fs.add(pool.submit(() -> {
                while (r.runOne(node)) {
                    // next
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        StudySummary s = worklist.study(study).study();
        assertEquals(TriageCategory.NEGATIVE, s.category(), "no image left counted as pending");
        assertEquals(8, s.imageCount());
    }

    @Test
    void theQueueBoundAnswersFullAndTheGatewayTurnsItInto0xA700() throws Exception {
        int saved = jobSettings.getMaxQueued();
        long unfinished = db.read(queue::unfinished);
        jobSettings.setMaxQueued((int) unfinished + 1);
        try {
            String study = uid();
            assertEquals(StoreOutcome.RECORDED, handler.record(instance(study, uid(), Instant.now())));
            assertEquals(StoreOutcome.FULL, handler.record(instance(study, uid(), Instant.now())));
            Path chest = TestData.dicom("derived/CR_chest_MONO1_10bit_implicitVR.dcm");
            Part10File f = Part10Reader.read(chest);
            Path storeDir = Files.createTempDirectory("store");
            InstanceStore store = new InstanceStore(storeDir, handler, 0);
            InstanceStore.StoreResult r;
            try (InputStream in = Files.newInputStream(chest)) {
                in.skipNBytes(f.datasetOffset());
                r = store.store(new InstanceStore.IncomingInstance(f.dataset().getString(Tag.SOPClassUID),
                        f.dataset().getString(Tag.SOPInstanceUID), f.transferSyntaxUid(), "TESTSCU", "FXTRIAGE"), in);
            }
            assertEquals(InstanceStore.OUT_OF_RESOURCES, r.status(), "queue full → 0xA700");
            boolean recorded = db.read(c -> repo.instanceExists(c, f.dataset().getString(Tag.SOPInstanceUID)));
            assertFalse(recorded, "refused instance leaves no row");
        } finally {
            jobSettings.setMaxQueued(saved);
        }
    }

    @Test
    void theWorklistIsOrderedByCategoryThenWaitingTimeAndFilters() throws Exception {
        Instant t0 = Instant.now().minusSeconds(3600);
        Map<String, TriageCategory> studies = new HashMap<>();
        List<String> uids = new ArrayList<>();
        TriageCategory[] cats = {TriageCategory.NEGATIVE, TriageCategory.POSITIVE, TriageCategory.NOT_ANALYSED,
                TriageCategory.DOUBT, TriageCategory.PENDING, TriageCategory.POSITIVE};
        for (int i = 0; i < cats.length; i++) {
            String study = uid();
            String sop = uid();
            // later index = arrived later, except the last positive, which waited longest
            Instant received = i == cats.length - 1 ? t0.minusSeconds(60) : t0.plusSeconds(i);
            handler.record(instance(study, sop, received));
            TriageCategory c = cats[i];
            if (c != TriageCategory.PENDING) {
                db.write(conn -> {
                    repo.recordResult(conn, sop, c, c == TriageCategory.NOT_ANALYSED ? null : 0.5,
                            c == TriageCategory.NOT_ANALYSED ? "test" : null, List.of(), "m", "1", null, 0, 0);
                    return repo.recomputeStudy(conn, study, List.of(), System.currentTimeMillis());
                });
            }
            studies.put(study, c);
            uids.add(study);
        }
        List<String> listed = new ArrayList<>();
        for (StudySummary s : worklist.list(WorklistFilter.all(), 0, WorklistService.MAX_PAGE_SIZE).items()) {
            if (studies.containsKey(s.studyInstanceUid())) {
                listed.add(s.studyInstanceUid());
            }
        }
        assertEquals(List.of(uids.get(5), uids.get(1), uids.get(3), uids.get(4), uids.get(2), uids.get(0)), listed,
                "positive (oldest first), doubt, pending, not analysed, negative");
        List<StudySummary> positives = worklist.list(new WorklistFilter(Set.of(TriageCategory.POSITIVE), Set.of()), 0, 500).items();
        assertTrue(positives.stream().allMatch(s -> s.category() == TriageCategory.POSITIVE));
        assertTrue(positives.stream().map(StudySummary::studyInstanceUid).toList().containsAll(List.of(uids.get(1), uids.get(5))));
        WorklistPage page = worklist.list(WorklistFilter.all(), 0, 2);
        assertEquals(2, page.items().size());
        assertTrue(page.total() >= 6);
    }

    @Test
    void actionsAreAuditedAndAppearInTheChangeLog() throws Exception {
        String study = uid();
        handler.record(instance(study, uid(), Instant.now()));
        long before = worklist.lastChangeId();
        worklist.act(study, WorklistAction.CLAIM, "alice");
        StudySummary s = worklist.act(study, WorklistAction.READ, "bob");
        assertEquals(StudyStatus.READ, s.status());
        assertEquals("alice", s.claimedBy());
        List<AuditEntry> audit = worklist.study(study).audit();
        assertEquals(List.of("alice:CLAIM", "bob:READ"), audit.stream().map(a -> a.actor() + ":" + a.action()).toList());
        List<WorklistChange> changes = worklist.changesSince(before, 100).stream()
                .filter(c -> c.studyInstanceUid().equals(study)).toList();
        assertEquals(List.of(WorklistChange.Kind.CLAIMED, WorklistChange.Kind.READ), changes.stream().map(WorklistChange::kind).toList());
        assertEquals(StudyStatus.READ, changes.get(1).study().status());
        List<StudySummary> read = worklist.list(new WorklistFilter(Set.of(), Set.of(StudyStatus.READ)), 0, 500).items();
        assertTrue(read.stream().anyMatch(x -> x.studyInstanceUid().equals(study)));
    }

    @Test
    void changeIdsAreGapFreeUnderConcurrentWriters() throws Exception {
        long before = worklist.lastChangeId();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<StoreOutcome>> fs = new ArrayList<>();
        String study = uid();
        for (int i = 0; i < 20; i++) {
            String sop = uid();
            fs.add(pool.submit(() -> handler.record(instance(study, sop, Instant.now()))));
        }
        for (Future<StoreOutcome> f : fs) {
            assertEquals(StoreOutcome.RECORDED, f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        List<WorklistChange> changes = worklist.changesSince(before, 1000);
        List<Long> ids = new ArrayList<>(changes.stream().map(WorklistChange::id).toList());
        for (int i = 1; i < ids.size(); i++) {
            assertEquals(ids.get(i - 1) + 1, ids.get(i), "no gap in " + ids);
        }
        assertEquals(20, changes.stream().filter(c -> c.studyInstanceUid().equals(study)).count());
        assertEquals(20, worklist.study(study).study().imageCount(), "concurrent first images of one study: one study row");
    }

    // ---- results outbox (issue #6): the same SQL on both databases --------------------------------------------

    private static final Destination PACS = Destination.parse("PACS@127.0.0.1:104");
    private static final Destination ARCHIVE = Destination.parse("ARCHIVE@127.0.0.1:105");

    /** A study with one scored image, due for export; returns its due entry. */
    private OutboxRepository.DueStudy scoredStudy(String study) throws Exception {
        drainQueue();
        handler.record(instance(study, uid(), Instant.now()));
        assertTrue(runner(f -> new Prediction(Category.POSITIVE, null, 0.9, 2.0, List.of(), "m", "1", null)).runOne("t"));
        OutboxRepository outbox = ctx.getBean(OutboxRepository.class);
        return db.read(c -> outbox.dueStudies(c, System.currentTimeMillis() + 1, 10_000)).stream()
                .filter(d -> d.studyUid().equals(study)).findFirst().orElseThrow(() -> new AssertionError("study not due"));
    }

    private static ResultObject object(String study, String kind, int version) {
        return new ResultObject(study, kind, kind.equals(ResultObject.SC) ? "1.2.840.10008.5.1.4.1.1.7"
                : "1.2.840.10008.5.1.4.1.1.88.33", uid(), uid(), null, version, Path.of("/nonexistent/" + uid() + ".dcm"),
                100, System.currentTimeMillis(), 1.5);
    }

    /** Claims the due items of {@code destination} at {@code at} for {@code node}; returns those of {@code study}. */
    private List<OutboxRepository.ClaimedItem> claim(Destination destination, String node, long at, String study) {
        OutboxRepository outbox = ctx.getBean(OutboxRepository.class);
        return db.<List<OutboxRepository.ClaimedItem>>write(c -> outbox.claimDue(c, destination.key(), node, at, 100,
                db.isPostgres())).stream().filter(i -> i.studyUid().equals(study)).toList();
    }

    private boolean writes(Database.Work<Boolean> work) {
        return db.write(work);
    }

    private List<OutboxItem> items(String study) {
        OutboxRepository outbox = ctx.getBean(OutboxRepository.class);
        return db.read(c -> outbox.itemsOfStudy(c, study));
    }

    @Test
    void aScoredStudyIsDueUntilExportedOnceAndItsObjectsAreQueuedForEveryDestination() throws Exception {
        OutboxRepository outbox = ctx.getBean(OutboxRepository.class);
        String study = uid();
        OutboxRepository.DueStudy due = scoredStudy(study);
        assertEquals(ResultsState.WAITING, worklist.study(study).study().results());
        long now = System.currentTimeMillis();
        List<ResultObject> objects = List.of(object(study, ResultObject.SC, 1), object(study, ResultObject.SR, 1));
        assertTrue(writes(c -> outbox.commitExport(c, study, due.generation(), objects, List.of(PACS, ARCHIVE), now)));
        assertFalse(writes(c -> outbox.commitExport(c, study, due.generation(), objects, List.of(PACS), now)),
                "a generation is exported once (a second planner loses)");
        assertTrue(writes(c -> outbox.refreshState(c, study)));
        assertEquals(ResultsState.SENDING, worklist.study(study).study().results());
        assertEquals(4, items(study).size(), "2 objects x 2 destinations");
        assertTrue(items(study).stream().allMatch(i -> i.status().equals(OutboxItem.PENDING)));
        assertTrue(db.read(c -> outbox.dueStudies(c, System.currentTimeMillis() + 1, 10_000)).stream()
                .noneMatch(d -> d.studyUid().equals(study)), "exported: no longer due");
    }

    @Test
    void failedAttemptsBackOffThenDeadLetterAndAnAdminResendDelivers() throws Exception {
        OutboxRepository outbox = ctx.getBean(OutboxRepository.class);
        String study = uid();
        OutboxRepository.DueStudy due = scoredStudy(study);
        long t = System.currentTimeMillis();
        db.write(c -> outbox.commitExport(c, study, due.generation(), List.of(object(study, ResultObject.SR, 1)), List.of(PACS), t));
        RetrySchedule schedule = new RetrySchedule(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(15), 3);
        String node = "n-" + study;
        // Attempt 1 fails: due again 10 s later, not before.
        List<OutboxRepository.ClaimedItem> claimed = claim(PACS, node, t, study);
        assertEquals(1, claimed.size());
        assertEquals(1, claimed.get(0).attempts());
        assertFalse(writes(c -> outbox.markFailed(c, claimed.get(0), "refused", null, schedule, t)));
        assertTrue(claim(PACS, node, t + 9_999, study).isEmpty(), "backing off");
        // Attempt 2 at +10 s fails: the next waits 15 s (capped, not 20).
        var second = claim(PACS, node, t + 10_000, study).get(0);
        assertEquals(2, second.attempts());
        assertFalse(writes(c -> outbox.markFailed(c, second, "refused", 0xA700, schedule, t + 10_000)));
        assertEquals(t + 25_000, items(study).get(0).nextAttemptAt().toEpochMilli());
        // Attempt 3 is the last: dead letter, and the study shows FAILED.
        var third = claim(PACS, node, t + 25_000, study).get(0);
        assertTrue(writes(c -> outbox.markFailed(c, third, "refused", 0xA700, schedule, t + 25_000)));
        db.write(c -> outbox.refreshState(c, study));
        OutboxItem dead = items(study).get(0);
        assertEquals(OutboxItem.DEAD, dead.status());
        assertEquals(0xA700, dead.lastStatus());
        assertEquals(ResultsState.FAILED, worklist.study(study).study().results());
        assertTrue(claim(PACS, node, Long.MAX_VALUE / 2, study).isEmpty(), "a dead letter is never claimed");
        // An admin re-sends it: a fresh budget, delivered on the next claim, then never claimed again.
        OutboxRepository.Resend r = db.write(c -> outbox.resend(c, dead.id(), null, t + 30_000));
        assertEquals(1, r.items());
        assertEquals(List.of(study), r.studies());
        var again = claim(PACS, node, t + 30_000, study).get(0);
        assertEquals(1, again.attempts());
        assertTrue(writes(c -> outbox.markSent(c, again.id(), 0, t + 31_000)));
        assertFalse(writes(c -> outbox.markSent(c, again.id(), 0, t + 31_000)), "acknowledged once");
        db.write(c -> outbox.refreshState(c, study));
        assertEquals(ResultsState.DELIVERED, worklist.study(study).study().results());
        assertTrue(claim(PACS, node, Long.MAX_VALUE / 2, study).isEmpty(), "a delivered item is never sent again");
    }

    @Test
    void aNewReportVersionSupersedesAnUnsentOneButNotADeliveredOne() throws Exception {
        OutboxRepository outbox = ctx.getBean(OutboxRepository.class);
        String study = uid();
        OutboxRepository.DueStudy first = scoredStudy(study);
        long t = System.currentTimeMillis();
        db.write(c -> outbox.commitExport(c, study, first.generation(), List.of(object(study, ResultObject.SR, 1)),
                List.of(PACS, ARCHIVE), t));
        // PACS acknowledges version 1; ARCHIVE has not got it yet when a late image makes version 2.
        var toPacs = claim(PACS, "n", t, study).get(0);
        db.write(c -> outbox.markSent(c, toPacs.id(), 0, t));
        handler.record(instance(study, uid(), Instant.now()));
        assertTrue(runner(f -> new Prediction(Category.NEGATIVE, null, 0.1, -2.0, List.of(), "m", "1", null)).runOne("t"));
        OutboxRepository.DueStudy second = db.read(c -> outbox.dueStudies(c, System.currentTimeMillis() + 1, 10_000)).stream()
                .filter(d -> d.studyUid().equals(study)).findFirst().orElseThrow();
        assertTrue(second.generation() > first.generation());
        db.write(c -> outbox.commitExport(c, study, second.generation(), List.of(object(study, ResultObject.SR, 2)),
                List.of(PACS, ARCHIVE), t + 1));
        Map<String, String> byVersionAndDestination = new HashMap<>();
        for (OutboxItem i : items(study)) {
            byVersionAndDestination.put(i.version() + " " + i.destination(), i.status());
        }
        assertEquals(Map.of("1 " + PACS.key(), OutboxItem.SENT, "1 " + ARCHIVE.key(), OutboxItem.SUPERSEDED,
                "2 " + PACS.key(), OutboxItem.PENDING, "2 " + ARCHIVE.key(), OutboxItem.PENDING), byVersionAndDestination);
    }

    @Test
    void itemsInterruptedByACrashAreDueAgainAfterARestartWithTheirAttemptCounted() throws Exception {
        OutboxRepository outbox = ctx.getBean(OutboxRepository.class);
        String study = uid();
        OutboxRepository.DueStudy due = scoredStudy(study);
        long t = System.currentTimeMillis();
        db.write(c -> outbox.commitExport(c, study, due.generation(), List.of(object(study, ResultObject.SC, 1)), List.of(PACS), t));
        String node = "crashed-" + study;
        assertEquals(1, claim(PACS, node, t, study).size());
        assertEquals(OutboxItem.SENDING, items(study).get(0).status());
        assertEquals(1, (int) db.write(c -> outbox.resumeInterrupted(c, node, t + 5)));
        OutboxItem i = items(study).get(0);
        assertEquals(OutboxItem.PENDING, i.status());
        assertEquals(1, i.attempts());
    }
}

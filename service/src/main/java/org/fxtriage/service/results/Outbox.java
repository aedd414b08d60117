package org.fxtriage.service.results;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fxtriage.dicom.data.Implementation;
import org.fxtriage.service.TriageSettings;
import org.fxtriage.service.db.Database;
import org.fxtriage.service.worklist.ChangeNotifier;
import org.fxtriage.service.worklist.WorklistChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The results outbox: a planner that turns quiet studies into result objects and queues them for every
 * destination, and one sender per destination ({@link DestinationSender}). Everything it knows is in the
 * database, so a restart resumes where the last process stopped. With no destination configured it does
 * nothing at all.
 */
@Context
public class Outbox implements ApplicationEventListener<WorklistChange>, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final int PLAN_BATCH = 32;

    private final Database db;
    private final OutboxRepository repo;
    private final ChangeNotifier notifier;
    private final ResultsSettings settings;
    private final List<Destination> destinations;
    private final ResultComposer composer;
    private final RetrySchedule schedule;
    private final String node;
    private final Clock clock = Clock.systemUTC();
    private final Wakeup plannerSignal = new Wakeup();
    private final List<DestinationSender> senders = new ArrayList<>();
    private final Map<String, Long> planFailures = new ConcurrentHashMap<>();
    private final OutboxMetrics metrics;
    private Thread planner;
    private volatile boolean stopping;

    public Outbox(Database db, OutboxRepository repo, ChangeNotifier notifier,
                  ResultsSettings settings, TriageSettings triage, TriageSettings.Dicom dicom,
                  @Nullable OutboxMetrics metrics) {
        this.db = db;
        this.repo = repo;
        this.notifier = notifier;
        this.settings = settings;
        this.metrics = metrics;
        this.destinations = settings.parsedDestinations();
        this.schedule = RetrySchedule.of(settings);
        this.node = triage.getNodeId();
        Path dir = triage.getDataDir().resolve("results");
        this.composer = new ResultComposer(dir, settings, Implementation.VERSION_NAME, Clock.systemDefaultZone());
        if (destinations.isEmpty()) {
            log.info("results export off: no destinations (fxtriage.results.destinations / FXTRIAGE_RESULTS_DESTINATIONS)");
            return;
        }
        String callingAe = settings.getCallingAeTitle() == null || settings.getCallingAeTitle().isBlank()
                ? dicom.getAeTitle() : settings.getCallingAeTitle();
        int resumed = db.write(c -> repo.resumeInterrupted(c, node, clock.millis()));
        if (resumed > 0) {
            log.info("outbox: {} item(s) interrupted by a previous stop are due again", resumed);
        }
        for (Destination d : destinations) {
            senders.add(new DestinationSender(d, callingAe, db, repo, notifier, settings, schedule, node, metrics));
        }
        planner = new Thread(this::plan, "results-planner");
        planner.setDaemon(true);
        planner.start();
        senders.forEach(DestinationSender::start);
        log.info("results export to {} (quiet delay {}, {} attempts, back-off {}..{})", destinations,
                settings.getQuietDelay(), settings.getMaxAttempts(), settings.getRetryInitialDelay(), settings.getRetryMaxDelay());
    }

    public List<Destination> destinations() {
        return destinations;
    }

    /** A scored image may make its study due (after the quiet delay): look sooner than the next poll. */
    @Override
    public void onApplicationEvent(WorklistChange change) {
        if (planner != null && change.kind() == WorklistChange.Kind.IMAGE_SCORED) {
            plannerSignal.signal();
        }
    }

    /** Wakes the senders (an admin made dead letters due again). */
    public void wakeSenders() {
        senders.forEach(DestinationSender::wake);
    }

    private void plan() {
        while (!stopping) {
            try {
                plannerSignal.reset();
                int planned = planOnce();
                if (planned == 0) {
                    plannerSignal.await(settings.getPollInterval());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("results planner: {}", e.toString());
                try {
                    Thread.sleep(settings.getPollInterval().toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    /** Exports every study that is due now; returns how many were exported. */
    int planOnce() {
        long now = clock.millis();
        List<OutboxRepository.DueStudy> due = db.read(c -> repo.dueStudies(c, now - settings.getQuietDelay().toMillis(),
                PLAN_BATCH + planFailures.size()));
        int exported = 0;
        for (OutboxRepository.DueStudy d : due) {
            Long retryAt = planFailures.get(d.studyUid());
            if (retryAt != null && retryAt > now) {
                continue;
            }
            if (export(d)) {
                exported++;
            }
        }
        return exported;
    }

    private boolean export(OutboxRepository.DueStudy due) {
        StudyResults snapshot = db.read(c -> repo.snapshot(c, due));
        List<ResultObject> objects;
        try {
            objects = composer.compose(snapshot);
        } catch (IOException | RuntimeException e) {
            // A full disk or similar: the study stays due; try it again later, not in a tight loop.
            long backoff = schedule.delayAfter(1).toMillis();
            planFailures.put(due.studyUid(), clock.millis() + backoff);
            log.warn("study {}: results not made, retrying in {} ms: {}", due.studyUid(), backoff, e.toString());
            return false;
        }
        planFailures.remove(due.studyUid());
        if (metrics != null) {
            objects.forEach(metrics::encoded);
        }
        long now = clock.millis();
        Committed done = db.write(c -> {
            if (!repo.commitExport(c, due.studyUid(), due.generation(), objects, destinations, now)) {
                return new Committed(false, null);
            }
            return new Committed(true, repo.stateChange(c, due.studyUid(), null, now));
        });
        if (!done.exported()) {
            ResultComposer.discard(objects);
            return false;
        }
        WorklistChange change = done.change();
        if (change != null) {
            notifier.committed(change);
        }
        log.info("study {}: {} result object(s) queued for {} destination(s)", due.studyUid(), objects.size(), destinations.size());
        wakeSenders();
        return true;
    }

    private record Committed(boolean exported, WorklistChange change) {
    }

    @PreDestroy
    @Override
    public void close() {
        stopping = true;
        if (planner != null) {
            planner.interrupt();
        }
        senders.forEach(DestinationSender::stop);
        try {
            if (planner != null) {
                planner.join(10_000);
            }
            for (DestinationSender s : senders) {
                s.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

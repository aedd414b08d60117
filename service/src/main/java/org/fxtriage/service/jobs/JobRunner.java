package org.fxtriage.service.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fxtriage.inference.predict.Box;
import org.fxtriage.inference.predict.Category;
import org.fxtriage.inference.predict.Prediction;
import org.fxtriage.inference.predict.StageTimings;
import org.fxtriage.service.TriageSettings;
import org.fxtriage.service.db.Database;
import org.fxtriage.service.worklist.BoxResult;
import org.fxtriage.service.worklist.ChangeNotifier;
import org.fxtriage.service.worklist.ImageTimings;
import org.fxtriage.service.worklist.TriageCategory;
import org.fxtriage.service.worklist.WorklistChange;
import org.fxtriage.service.worklist.WorklistRepository;
import org.fxtriage.service.worklist.WorklistRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job: claim, analyse, then result + job end + study aggregate + change-log entry in one
 * transaction. A failed attempt is retried after {@code retry-delay}; after {@code max-attempts} (attempts a
 * crash interrupted count too) the image ends NOT_ANALYSED with the last error as its reason.
 */
public class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    /** What scores one stored file; throws when the attempt failed and may be retried. */
    @FunctionalInterface
    public interface Analysis {
        Prediction analyse(Path file) throws Exception;
    }

    private final JobQueue queue;
    private final Analysis analysis;
    private final Database db;
    private final WorklistRepository worklist;
    private final WorklistRules rules;
    private final ChangeNotifier notifier;
    private final TriageSettings.Jobs settings;
    private final boolean exportResults;
    private final Clock clock = Clock.systemUTC();

    /**
     * @param exportResults results go to PACS destinations: each result marks its study for the results
     *     planner, in the same transaction
     */
    public JobRunner(JobQueue queue, Analysis analysis, Database db, WorklistRepository worklist, WorklistRules rules,
                     ChangeNotifier notifier, TriageSettings.Jobs settings, boolean exportResults) {
        this.queue = queue;
        this.analysis = analysis;
        this.db = db;
        this.worklist = worklist;
        this.rules = rules;
        this.notifier = notifier;
        this.settings = settings;
        this.exportResults = exportResults;
    }

    /** Claims and runs one due job for {@code node}; false when none was due. */
    public boolean runOne(String node) {
        Optional<JobQueue.ClaimedJob> job = queue.claim(node, clock.millis());
        job.ifPresent(this::process);
        return job.isPresent();
    }

    void process(JobQueue.ClaimedJob job) {
        if (job.attempts() > settings.getMaxAttempts()) {
            // Earlier attempts never finished: the process died while scoring this image.
            finish(job, Prediction.notAnalysed("analysis did not complete in " + settings.getMaxAttempts()
                    + " attempts (the service stopped while scoring it)", null, null, null), true);
            return;
        }
        Prediction p;
        try {
            p = analysis.analyse(job.file());
        } catch (Exception | OutOfMemoryError e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (job.attempts() >= settings.getMaxAttempts()) {
                log.warn("job {} ({}): attempt {} failed, giving up: {}", job.id(), job.sopInstanceUid(), job.attempts(), error);
                finish(job, Prediction.notAnalysed("analysis failed " + job.attempts() + " times: " + error, null, null,
                        null), true);
            } else {
                log.warn("job {} ({}): attempt {} failed, retrying in {}: {}", job.id(), job.sopInstanceUid(),
                        job.attempts(), settings.getRetryDelay(), error);
                queue.retryLater(job.id(), error, settings.getRetryDelay(), clock.millis());
            }
            return;
        }
        finish(job, p, false);
    }

    private void finish(JobQueue.ClaimedJob job, Prediction p, boolean gaveUp) {
        long now = clock.millis();
        long timeToFlag = Math.max(0, now - job.receivedAt().toEpochMilli());
        List<BoxResult> boxes = new ArrayList<>();
        for (Box b : p.boxes()) {
            boxes.add(new BoxResult(b.x0(), b.y0(), b.x1(), b.y1(), b.score()));
        }
        TriageCategory category = TriageCategory.of(p.category());
        WorklistChange change = db.write(c -> {
            String study = worklist.recordResult(c, job.sopInstanceUid(), category, p.probability(), p.reason(), boxes,
                    p.modelName(), p.modelVersion(), timings(p.timings()), now, timeToFlag);
            if (!queue.finish(c, job.id(), gaveUp, gaveUp ? p.reason() : null, now)) {
                throw new IllegalStateException("job " + job.id() + " is no longer running on this node");
            }
            worklist.recomputeStudy(c, study, rules.boosts(), now);
            if (exportResults) {
                worklist.markResultsChanged(c, study, now);
            }
            return worklist.appendChange(c, WorklistChange.Kind.IMAGE_SCORED, study, job.sopInstanceUid(), null,
                    timeToFlag, now);
        });
        notifier.committed(change);
        if (p.category() == Category.NOT_ANALYSED) {
            log.info("{} not analysed: {} (time to flag {} ms)", job.sopInstanceUid(), p.reason(), timeToFlag);
        } else {
            log.info("{} scored {} p={} (time to flag {} ms)", job.sopInstanceUid(), p.category(),
                    String.format(java.util.Locale.ROOT, "%.3f", p.probability()), timeToFlag);
        }
    }

    private static ImageTimings timings(StageTimings t) {
        if (t == null) {
            return null;
        }
        return new ImageTimings(StageTimings.millis(t.decodeNanos()), StageTimings.millis(t.queueNanos()),
                StageTimings.millis(t.preprocessNanos()), StageTimings.millis(t.inferNanos()),
                StageTimings.millis(t.postprocessNanos()), t.batchSize());
    }

}

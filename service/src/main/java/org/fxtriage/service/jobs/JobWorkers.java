package org.fxtriage.service.jobs;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.fxtriage.service.TriageSettings;
import org.fxtriage.service.analysis.ImageAnalyser;
import org.fxtriage.service.analysis.ModelService;
import org.fxtriage.service.db.Database;
import org.fxtriage.service.worklist.ChangeNotifier;
import org.fxtriage.service.worklist.WorklistRepository;
import org.fxtriage.service.worklist.WorklistRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded worker pool: {@code fxtriage.jobs.workers} threads, each running one job at a time through a
 * {@link JobRunner} (claim, analyse, record in one transaction). On start, jobs a crash left RUNNING are queued
 * again; an idle worker sleeps until a job is enqueued ({@link JobSignal}) or the poll interval passes.
 */
@Context
@Requires(property = "fxtriage.jobs.enabled", notEquals = "false")
@Requires(beans = ModelService.class)
public class JobWorkers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    private final JobSignal signal;
    private final JobRunner runner;
    private final TriageSettings.Jobs settings;
    private final String node;
    private final Clock clock = Clock.systemUTC();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    public JobWorkers(JobQueue queue, JobSignal signal, ImageAnalyser analyser, Database db, WorklistRepository worklist,
                      WorklistRules rules, ChangeNotifier notifier, TriageSettings settings, TriageSettings.Jobs jobs,
                      @io.micronaut.core.annotation.Nullable org.fxtriage.service.metrics.InferenceMetrics metrics,
                      org.fxtriage.service.results.ResultsSettings results) {
        this.signal = signal;
        JobRunner.Analysis analysis = metrics == null ? analyser::analyse
                : file -> metrics.record(analyser.analyse(file), org.fxtriage.service.metrics.InferenceMetrics.WORKLIST);
        this.runner = new JobRunner(queue, analysis, db, worklist, rules, notifier, jobs, results.enabled());
        this.settings = jobs;
        this.node = settings.getNodeId();
        int resumed = queue.resumeInterrupted(node, clock.millis(), jobs.getLeaseTimeout());
        if (resumed > 0) {
            log.info("resumed {} job(s) interrupted by a previous stop or crash", resumed);
        }
        for (int i = 0; i < jobs.getWorkers(); i++) {
            Thread t = new Thread(this::run, "job-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        log.info("{} job worker(s) started (max attempts {}, max queued {})", jobs.getWorkers(), jobs.getMaxAttempts(),
                jobs.getMaxQueued());
    }

    private void run() {
        while (!stopping) {
            try {
                signal.reset();
                if (!runner.runOne(node)) {
                    signal.await(settings.getPollInterval());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database is unreachable or similar: back off, never spin.
                log.warn("job worker: {}", e.toString());
                try {
                    Thread.sleep(settings.getPollInterval().toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    @PreDestroy
    @Override
    public void close() {
        stopping = true;
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

package org.fxtriage.service.ingest;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import org.fxtriage.gateway.StoreHandler;
import org.fxtriage.gateway.StoreOutcome;
import org.fxtriage.gateway.StoredInstance;
import org.fxtriage.service.TriageSettings;
import org.fxtriage.service.db.Database;
import org.fxtriage.service.db.StoreException;
import org.fxtriage.service.jobs.JobQueue;
import org.fxtriage.service.jobs.JobSignal;
import org.fxtriage.service.worklist.ChangeNotifier;
import org.fxtriage.service.worklist.WorklistChange;
import org.fxtriage.service.worklist.WorklistRepository;
import org.fxtriage.service.worklist.WorklistRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's {@link StoreHandler}: in ONE transaction, the study (created or touched), the instance row,
 * its job, the study aggregate (now PENDING) and a change-log entry. When it commits, the gateway may answer
 * C-STORE success (DESIGN §2): a crash after that loses nothing; a crash before leaves no row, and the sender,
 * never acknowledged, sends again. The same SOP Instance UID again is DUPLICATE (stored once, scored once);
 * more than {@code fxtriage.jobs.max-queued} unfinished jobs is FULL (the gateway answers 0xA700).
 */
@Singleton
public class DurableStoreHandler implements StoreHandler {
    private static final Logger log = LoggerFactory.getLogger(DurableStoreHandler.class);

    private final Database db;
    private final WorklistRepository worklist;
    private final JobQueue jobs;
    private final JobSignal signal;
    private final ChangeNotifier notifier;
    private final WorklistRules rules;
    private final TriageSettings.Jobs settings;
    private final Clock clock = Clock.systemUTC();

    public DurableStoreHandler(Database db, WorklistRepository worklist, JobQueue jobs, JobSignal signal,
                               ChangeNotifier notifier, WorklistRules rules, TriageSettings.Jobs settings) {
        this.db = db;
        this.worklist = worklist;
        this.jobs = jobs;
        this.signal = signal;
        this.notifier = notifier;
        this.rules = rules;
        this.settings = settings;
    }

    @Override
    public StoreOutcome record(StoredInstance instance) throws IOException {
        InstanceHeader header = InstanceHeader.read(instance.file());
        for (int attempt = 1; ; attempt++) {
            try {
                Object result = db.write(c -> {
                    if (worklist.instanceExists(c, instance.sopInstanceUid())) {
                        return StoreOutcome.DUPLICATE;
                    }
                    if (jobs.unfinished(c) >= settings.getMaxQueued()) {
                        return StoreOutcome.FULL;
                    }
                    long now = clock.millis();
                    long received = instance.receivedAt().toEpochMilli();
                    worklist.upsertStudyOnReceive(c, instance.studyInstanceUid(), header, received);
                    worklist.insertInstance(c, instance, header);
                    jobs.enqueue(c, instance.sopInstanceUid(), now);
                    worklist.recomputeStudy(c, instance.studyInstanceUid(), rules.boosts(), now);
                    return worklist.appendChange(c, WorklistChange.Kind.IMAGE_RECEIVED, instance.studyInstanceUid(),
                            instance.sopInstanceUid(), null, null, now);
                });
                if (result instanceof WorklistChange change) {
                    signal.jobAdded();
                    notifier.committed(change);
                    return StoreOutcome.RECORDED;
                }
                if (result == StoreOutcome.FULL) {
                    log.warn("job queue full ({} unfinished): refusing {}", settings.getMaxQueued(),
                            instance.sopInstanceUid());
                }
                return (StoreOutcome) result;
            } catch (StoreException e) {
                // Two associations racing on a new study (or the same instance): the loser retries and sees the winner's row.
                if (e.isUniqueViolation() && attempt < 3) {
                    continue;
                }
                throw new IOException("cannot record " + instance.sopInstanceUid() + ": " + e.getMessage(), e);
            }
        }
    }
}

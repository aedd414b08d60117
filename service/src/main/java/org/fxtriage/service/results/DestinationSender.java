package org.fxtriage.service.results;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.net.dimse.Status;
import org.fxtriage.dicom.net.pdu.PresentationContextRq;
import org.fxtriage.dicom.net.service.DimseResponse;
import org.fxtriage.dicom.net.service.NoPresentationContextException;
import org.fxtriage.dicom.net.service.StoreScu;
import org.fxtriage.dicom.net.ul.Association;
import org.fxtriage.dicom.net.ul.AssociationRequest;
import org.fxtriage.dicom.net.ul.AssociationSettings;
import org.fxtriage.gateway.Part10DatasetSource;
import org.fxtriage.service.db.Database;
import org.fxtriage.service.worklist.ChangeNotifier;
import org.fxtriage.service.worklist.WorklistChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one destination's due outbox items as a Storage SCU (PS3.4 Annex B) on one thread. The association
 * is reused while there is work and released after {@code association-idle} without any. Every outcome is
 * written as it happens: SENT right after the peer's success or warning status (PS3.4 §B.2.3: a warning
 * means stored), a failed attempt back-off scheduled, the last one dead-lettered.
 *
 * <p>When the association cannot be established, every claimed item is charged the attempt: they all waited
 * for this destination, and a PACS that refuses us permanently must end in dead letters after the configured
 * retries, not after retries × items. When the association breaks mid-way, the item being sent is charged and
 * the others go back uncharged.
 */
final class DestinationSender {
    private static final Logger log = LoggerFactory.getLogger(DestinationSender.class);
    private static final int CLAIM_BATCH = 16;

    /** The storage classes we send, each in the transfer syntax our files are written in (PS3.5 §A.2). */
    private static final List<String> SOP_CLASSES = List.of(UID.SecondaryCaptureImageStorage, UID.ComprehensiveSRStorage);

    private final Destination destination;
    private final String callingAe;
    private final Database db;
    private final OutboxRepository repo;
    private final ChangeNotifier notifier;
    private final ResultsSettings settings;
    private final RetrySchedule schedule;
    private final String node;
    private final OutboxMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    private final Wakeup wakeup = new Wakeup();
    private final Thread thread;
    private volatile boolean stopping;
    private Association association;
    private long lastUsed;

    DestinationSender(Destination destination, String callingAe, Database db, OutboxRepository repo,
                      ChangeNotifier notifier, ResultsSettings settings,
                      RetrySchedule schedule, String node, OutboxMetrics metrics) {
        this.destination = destination;
        this.callingAe = callingAe;
        this.db = db;
        this.repo = repo;
        this.notifier = notifier;
        this.settings = settings;
        this.schedule = schedule;
        this.node = node;
        this.metrics = metrics;
        this.thread = new Thread(this::run, "results-" + destination.aeTitle());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void wake() {
        wakeup.signal();
    }

    void stop() {
        stopping = true;
        thread.interrupt();
    }

    void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    private void run() {
        try {
            while (!stopping) {
                wakeup.reset();
                List<OutboxRepository.ClaimedItem> items;
                try {
                    items = db.write(c -> repo.claimDue(c, destination.key(), node, clock.millis(), CLAIM_BATCH, db.isPostgres()));
                } catch (RuntimeException e) {
                    log.warn("outbox {}: {}", destination, e.toString());
                    Thread.sleep(settings.getPollInterval().toMillis());
                    continue;
                }
                if (items.isEmpty()) {
                    if (association != null && clock.millis() - lastUsed >= settings.getAssociationIdle().toMillis()) {
                        release();
                    }
                    wakeup.await(association != null ? settings.getAssociationIdle() : settings.getPollInterval());
                    continue;
                }
                send(items);
            }
        } catch (InterruptedException e) {
            // stopping
        } finally {
            release();
        }
    }

    private void send(List<OutboxRepository.ClaimedItem> items) {
        if (association == null || !association.isEstablished()) {
            closeQuietly();
            try {
                association = Association.request(new AssociationRequest(
                        new InetSocketAddress(destination.host(), destination.port()), callingAe, destination.aeTitle(),
                        contexts()), AssociationSettings.defaults().withConnectTimeout(settings.getConnectTimeout())
                        .withDimseTimeout(settings.getDimseTimeout()).withArtimTimeout(settings.getDimseTimeout()));
            } catch (IOException | RuntimeException e) {
                association = null;
                String why = "association with " + destination + " failed: " + e.getMessage();
                log.warn("outbox {}: {} ({} item(s) wait for a retry)", destination, e.toString(), items.size());
                for (OutboxRepository.ClaimedItem item : items) {
                    failed(item, why, null);
                }
                return;
            }
        }
        StoreScu scu = new StoreScu(association);
        for (int i = 0; i < items.size(); i++) {
            OutboxRepository.ClaimedItem item = items.get(i);
            if (stopping) {
                // Not attempted: back to PENDING uncharged.
                requeueUntried(items.subList(i, items.size()));
                return;
            }
            Part10DatasetSource source;
            try {
                source = Part10DatasetSource.open(item.file());
            } catch (IOException | RuntimeException e) {
                failed(item, "result file " + item.file() + " is unreadable: " + e.getMessage(), null);
                continue;
            }
            DimseResponse rsp;
            try {
                rsp = scu.send(source);
            } catch (NoPresentationContextException e) {
                failed(item, destination + " accepted no presentation context for " + item.kind() + ": " + e.getMessage(), null);
                continue;
            } catch (IOException | RuntimeException e) {
                // The association is gone (abort, timeout, reset): this item failed, the rest were not tried.
                failed(item, "sending to " + destination + " failed: " + e, null);
                requeueUntried(items.subList(i + 1, items.size()));
                closeQuietly();
                return;
            }
            lastUsed = clock.millis();
            if (rsp.isSuccess() || Status.isWarning(rsp.status())) {
                sent(item, rsp.status());
            } else {
                failed(item, destination + " answered " + Status.toString(rsp.status())
                        + (rsp.errorComment() != null ? ": " + rsp.errorComment() : ""), rsp.status());
            }
        }
    }

    private List<PresentationContextRq> contexts() {
        List<PresentationContextRq> pcs = new ArrayList<>();
        int id = 1;
        for (String cuid : SOP_CLASSES) {
            pcs.add(new PresentationContextRq(id, cuid, UID.ExplicitVRLittleEndian));
            id += 2;
        }
        return pcs;
    }

    private void sent(OutboxRepository.ClaimedItem item, int status) {
        long now = clock.millis();
        WorklistChange change = db.write(c -> {
            if (!repo.markSent(c, item.id(), status, now)) {
                return null;
            }
            return repo.stateChange(c, item.studyUid(), null, now);
        });
        if (metrics != null) {
            metrics.delivered(destination, item, now);
        }
        if (change != null) {
            notifier.committed(change);
        }
    }

    private void failed(OutboxRepository.ClaimedItem item, String error, Integer status) {
        long now = clock.millis();
        boolean[] dead = new boolean[1];
        WorklistChange change = db.write(c -> {
            dead[0] = repo.markFailed(c, item, error, status, schedule, now);
            return repo.stateChange(c, item.studyUid(), null, now);
        });
        if (dead[0]) {
            log.warn("outbox {}: {} {} of study {} dead-lettered after {} attempt(s): {}", destination, item.kind(),
                    item.sopInstanceUid(), item.studyUid(), item.attempts(), error);
        } else {
            log.info("outbox {}: {} {} attempt {} failed, next in {}: {}", destination, item.kind(), item.sopInstanceUid(),
                    item.attempts(), schedule.delayAfter(item.attempts()), error);
        }
        if (metrics != null) {
            metrics.failed(destination, dead[0]);
        }
        if (change != null) {
            notifier.committed(change);
        }
    }

    /** Claimed items this attempt never reached: back to PENDING, their attempt not charged. */
    private void requeueUntried(List<OutboxRepository.ClaimedItem> items) {
        if (!items.isEmpty()) {
            db.write(c -> {
                repo.release(c, items);
                return null;
            });
        }
    }

    /** Ends the association politely (A-RELEASE), or drops it when the peer does not answer. */
    private void release() {
        if (association == null) {
            return;
        }
        try {
            if (association.isEstablished()) {
                association.release();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("outbox {}: release: {}", destination, e.toString());
        } finally {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        if (association != null) {
            try {
                association.close();
            } catch (RuntimeException e) {
                // already gone
            }
            association = null;
        }
    }
}

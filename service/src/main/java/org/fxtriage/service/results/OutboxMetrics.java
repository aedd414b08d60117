package org.fxtriage.service.results;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.fxtriage.service.db.Database;

/**
 * Outbox meters on {@code /prometheus}: items per destination and status (dead letters included), deliveries,
 * failed attempts, the time from "inference done" to the PACS's acknowledgement, and the encode time of the
 * objects. Gauges read the outbox table when scraped (one query, cached for a second).
 */
@Singleton
@Requires(beans = MeterRegistry.class)
public class OutboxMetrics implements ApplicationEventListener<StartupEvent> {
    private static final String[] STATUSES = {OutboxItem.PENDING, OutboxItem.SENDING, OutboxItem.SENT, OutboxItem.DEAD};

    private final MeterRegistry registry;
    private final Database db;
    private final OutboxRepository repo;
    private final ResultsSettings settings;
    private volatile Map<String, Map<String, Long>> counts = Map.of();
    private volatile long countsAt;

    public OutboxMetrics(MeterRegistry registry, Database db, OutboxRepository repo, ResultsSettings settings) {
        this.registry = registry;
        this.db = db;
        this.repo = repo;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        for (Destination d : settings.parsedDestinations()) {
            for (String status : STATUSES) {
                Gauge.builder("fxtriage.outbox.items", this, m -> m.count(d.key(), status))
                        .tag("destination", d.key()).tag("status", status)
                        .description("results outbox items by destination and status (DEAD: dead letters an admin can re-send)")
                        .register(registry);
            }
        }
    }

    void encoded(ResultObject o) {
        Timer.builder("fxtriage.results.encode").tag("kind", o.kind())
                .description("time to build and write one result object (SC per image, SR per study)")
                .publishPercentiles(0.5, 0.99).register(registry)
                .record(Duration.ofNanos((long) (o.encodeMillis() * 1e6)));
    }

    void delivered(Destination d, OutboxRepository.ClaimedItem item, long ackAt) {
        Counter.builder("fxtriage.results.sent").tag("destination", d.key()).tag("kind", item.kind())
                .description("result objects acknowledged by a destination").register(registry).increment();
        Timer.builder("fxtriage.results.delivery").tag("destination", d.key())
                .description("last analysis of the study committed -> result object acknowledged by the destination")
                .publishPercentiles(0.5, 0.99).register(registry)
                .record(Duration.ofMillis(Math.max(0, ackAt - item.resultsReadyAt())));
    }

    void failed(Destination d, boolean dead) {
        Counter.builder("fxtriage.results.failed.attempts").tag("destination", d.key())
                .description("failed attempts to deliver a result object").register(registry).increment();
        if (dead) {
            Counter.builder("fxtriage.results.dead.letters").tag("destination", d.key())
                    .description("result objects dead-lettered after their last retry").register(registry).increment();
        }
    }

    private double count(String destination, String status) {
        long now = System.currentTimeMillis();
        if (now - countsAt > 1000) {
            try {
                counts = db.read(repo::counts);
                countsAt = now;
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }
        return counts.getOrDefault(destination, Map.of()).getOrDefault(status, 0L);
    }
}

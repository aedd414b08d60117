package org.fxtriage.service.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.fxtriage.service.analysis.ModelService;
import org.fxtriage.service.db.Database;
import org.fxtriage.service.ingest.GatewayService;
import org.fxtriage.service.jobs.JobQueue;

/**
 * Gauges read when scraped: gateway associations, job-queue depth, which model is loaded. Registered at
 * startup rather than as a {@code MeterBinder}: binders are built with the registry, and the registry is
 * built with the data source these gauges read (a cycle).
 */
@Singleton
@Requires(beans = MeterRegistry.class)
public class ServiceGauges implements ApplicationEventListener<StartupEvent> {
    /** Lazily: the gateway's store handler is metered through the registry this binder feeds. */
    private final BeanProvider<GatewayService> gateway;
    private final Database db;
    private final JobQueue queue;
    private final ModelService models;
    private final MeterRegistry registry;

    public ServiceGauges(BeanProvider<GatewayService> gateway, Database db, JobQueue queue, @Nullable ModelService models,
                         MeterRegistry registry) {
        this.registry = registry;
        this.gateway = gateway;
        this.db = db;
        this.queue = queue;
        this.models = models;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (gateway.isPresent()) {
            Gauge.builder("fxtriage.dicom.associations.active", gateway, g -> g.get().activeAssociations())
                    .description("DICOM associations being served now").register(registry);
            FunctionCounter.builder("fxtriage.dicom.associations", gateway, g -> g.get().associationsAccepted())
                    .tag("outcome", "accepted").description("DICOM associations since start").register(registry);
            FunctionCounter.builder("fxtriage.dicom.associations", gateway, g -> g.get().associationsRejected())
                    .tag("outcome", "rejected").description("DICOM associations since start").register(registry);
        }
        Gauge.builder("fxtriage.jobs.unfinished", this, ServiceGauges::unfinishedJobs)
                .description("inference jobs queued or running (the job table)").register(registry);
        if (models != null) {
            var card = models.model().card();
            Gauge.builder("fxtriage.model.info", () -> 1).tag("name", card.name()).tag("version", card.version())
                    .tag("device", models.model().device().device().name())
                    .description("the loaded model (value 1)").register(registry);
        }
    }

    private double unfinishedJobs() {
        try {
            return db.read(queue::unfinished);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}

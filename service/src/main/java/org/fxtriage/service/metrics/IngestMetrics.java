package org.fxtriage.service.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.fxtriage.gateway.StoreHandler;
import org.fxtriage.gateway.StoreOutcome;

/** Counts what the gateway hands over: instances by outcome, and their bytes. */
@Singleton
@Requires(beans = MeterRegistry.class)
public class IngestMetrics {
    private final Map<StoreOutcome, Counter> outcomes = new EnumMap<>(StoreOutcome.class);
    private final Counter errors;
    private final Counter bytes;

    public IngestMetrics(MeterRegistry registry) {
        for (StoreOutcome o : StoreOutcome.values()) {
            outcomes.put(o, instances(registry, o.name().toLowerCase(Locale.ROOT)));
        }
        errors = instances(registry, "error");
        bytes = Counter.builder("fxtriage.dicom.received.bytes").baseUnit("bytes")
                .description("bytes of DICOM instances received (Part 10 files, recorded ones)").register(registry);
    }

    private static Counter instances(MeterRegistry registry, String outcome) {
        return Counter.builder("fxtriage.dicom.instances").tag("outcome", outcome)
                .description("C-STORE instances by what the service did with them").register(registry);
    }

    /** The same handler, counted. */
    public StoreHandler metered(StoreHandler handler) {
        return instance -> {
            StoreOutcome o;
            try {
                o = handler.record(instance);
            } catch (IOException | RuntimeException e) {
                errors.increment();
                throw e;
            }
            outcomes.get(o).increment();
            if (o == StoreOutcome.RECORDED) {
                bytes.increment(instance.sizeBytes());
            }
            return o;
        };
    }
}

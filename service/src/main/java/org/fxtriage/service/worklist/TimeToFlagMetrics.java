package org.fxtriage.service.worklist;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The key metric (DESIGN §7): time-to-flag, last byte of an image received → its result committed to the
 * worklist (and pushed to open streams), as the Micrometer timer {@code fxtriage.time_to_flag} with a
 * percentile histogram. Images declined NOT_ANALYSED count too: their flag ("not analysed, read it yourself")
 * matters as much.
 */
@Singleton
@Requires(beans = MeterRegistry.class)
public class TimeToFlagMetrics implements ApplicationEventListener<WorklistChange> {
    public static final String NAME = "fxtriage.time_to_flag";

    private final Timer timer;

    public TimeToFlagMetrics(MeterRegistry registry) {
        timer = Timer.builder(NAME).description("last byte received to worklist change committed")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
    }

    @Override
    public void onApplicationEvent(WorklistChange change) {
        if (change.kind() != WorklistChange.Kind.IMAGE_SCORED || change.timeToFlagMs() == null) {
            return;
        }
        timer.record(Duration.ofMillis(change.timeToFlagMs()));
    }
}

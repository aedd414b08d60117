package org.fxtriage.service.metrics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.fxtriage.service.analysis.ModelService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Ready only with a model loaded: an instance received without one would wait as PENDING. Down when
 * the model is enabled but did not load; a process with {@code fxtriage.model.enabled=false} reports UP
 * with {@code model: disabled} (it serves the worklist only).
 */
@Singleton
@Readiness
public class ModelHealthIndicator implements HealthIndicator {
    private final ModelService models;
    private final boolean enabled;

    public ModelHealthIndicator(@Nullable ModelService models,
                                @io.micronaut.context.annotation.Value("${fxtriage.model.enabled:true}") boolean enabled) {
        this.models = models;
        this.enabled = enabled;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthResult.Builder b = HealthResult.builder("model");
        if (!enabled) {
            return Mono.just(b.status(HealthStatus.UP).details(Map.of("model", "disabled")).build());
        }
        try {
            var card = models.model().card();
            return Mono.just(b.status(HealthStatus.UP).details(Map.of("name", card.name(), "version", card.version(),
                    "device", models.model().device().device().name())).build());
        } catch (RuntimeException e) {
            return Mono.just(b.status(HealthStatus.DOWN).details(Map.of("error", String.valueOf(e.getMessage()))).build());
        }
    }
}

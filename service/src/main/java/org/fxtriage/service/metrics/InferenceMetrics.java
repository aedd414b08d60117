package org.fxtriage.service.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import org.fxtriage.inference.predict.Prediction;
import org.fxtriage.inference.predict.StageTimings;

/** Per-stage inference times and results by category, for the worklist and for test images apart. */
@Singleton
@Requires(beans = MeterRegistry.class)
public class InferenceMetrics {
    public static final String WORKLIST = "worklist";
    public static final String API = "api";

    private final MeterRegistry registry;

    public InferenceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public Prediction record(Prediction p, String source) {
        Counter.builder("fxtriage.results").tag("category", p.category().name().toLowerCase(Locale.ROOT))
                .tag("source", source).description("images scored, by category").register(registry).increment();
        StageTimings t = p.timings();
        if (t != null && p.analysed()) {
            stage(source, "decode", t.decodeNanos());
            stage(source, "queue", t.queueNanos());
            stage(source, "preprocess", t.preprocessNanos());
            stage(source, "infer", t.inferNanos());
            stage(source, "postprocess", t.postprocessNanos());
        }
        return p;
    }

    private void stage(String source, String stage, long nanos) {
        Timer.builder("fxtriage.inference.stage").tag("stage", stage).tag("source", source)
                .description("time per image in each inference stage").register(registry)
                .record(Duration.ofNanos(nanos));
    }
}

package org.fxtriage.service.analyses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One analysed test image as the API returns it. {@code score} is the model's logit; boxes are in the
 * posted image's pixels; timings in milliseconds.
 */
@Serdeable
public record Analysis(String id, String format, int width, int height, String category, @Nullable String reason,
                       @Nullable Double score, @Nullable Double probability, List<BoxJson> boxes, String modelName,
                       String modelVersion, Timings timingsMs, String overlay, long createdAt) {

    @Serdeable
    public record BoxJson(double x0, double y0, double x1, double y1, double score) {
    }

    @Serdeable
    public record Timings(double decode, double queue, double preprocess, double infer, double postprocess,
                          double total) {
    }
}

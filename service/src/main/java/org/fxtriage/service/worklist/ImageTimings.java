package org.fxtriage.service.worklist;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;

/** Per-stage timings of one image in milliseconds (decode = pixel pipeline; infer = its batch's model run). */
@Serdeable
public record ImageTimings(double decodeMs, double queueMs, double preprocessMs, double inferMs, double postprocessMs,
                           int batchSize) {

    static String encode(ImageTimings t) {
        return t == null ? null : String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f,%.3f,%d", t.decodeMs, t.queueMs,
                t.preprocessMs, t.inferMs, t.postprocessMs, t.batchSize);
    }

    static ImageTimings decode(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String[] v = s.split(",");
        return new ImageTimings(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                Double.parseDouble(v[3]), Double.parseDouble(v[4]), Integer.parseInt(v[5]));
    }
}

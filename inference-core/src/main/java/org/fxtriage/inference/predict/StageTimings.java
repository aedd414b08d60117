package org.fxtriage.inference.predict;

/**
 * Where the time went for one image (nanoseconds). {@code infer} is the model run of the batch the image
 * was in, shared by its {@code batchSize} images; {@code queue} is the wait for a worker and for the batch
 * to fill.
 */
public record StageTimings(long decodeNanos, long queueNanos, long preprocessNanos, long inferNanos,
                           long postprocessNanos, int batchSize) {

    public static final StageTimings NONE = new StageTimings(0, 0, 0, 0, 0, 0);

    public StageTimings withDecode(long nanos) {
        return new StageTimings(nanos, queueNanos, preprocessNanos, inferNanos, postprocessNanos, batchSize);
    }

    public long totalNanos() {
        return decodeNanos + queueNanos + preprocessNanos + inferNanos + postprocessNanos;
    }

    public static double millis(long nanos) {
        return nanos / 1e6;
    }
}

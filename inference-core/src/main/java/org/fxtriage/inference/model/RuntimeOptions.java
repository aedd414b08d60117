package org.fxtriage.inference.model;

import java.time.Duration;

/**
 * How models are run.
 *
 * @param device          CPU or CUDA (CUDA falls back to CPU with a logged reason when unavailable)
 * @param cudaDeviceId    GPU ordinal for CUDA
 * @param intraOpThreads  ORT threads inside one operator; 0 = ORT's default (one per core)
 * @param interOpThreads  ORT threads across operators; 0 = ORT's default
 * @param workers         predictor workers per model (each runs one batch at a time)
 * @param maxBatch        largest batch a worker assembles
 * @param maxDelay        how long a worker waits for a batch to fill after its first image
 * @param warmUp          run the model once at load (and check its real output shapes)
 */
public record RuntimeOptions(ExecutionDevice device, int cudaDeviceId, int intraOpThreads, int interOpThreads,
                             int workers, int maxBatch, Duration maxDelay, boolean warmUp) {

    public RuntimeOptions {
        if (device == null) {
            throw new IllegalArgumentException("device is required");
        }
        if (intraOpThreads < 0 || interOpThreads < 0) {
            throw new IllegalArgumentException("thread counts must be >= 0");
        }
        if (workers < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("workers and maxBatch must be >= 1");
        }
        if (maxDelay == null || maxDelay.isNegative()) {
            throw new IllegalArgumentException("maxDelay must be >= 0");
        }
    }

    /** CPU, ORT default threads, one worker, batches of up to 8 within 5 ms, warm-up on. */
    public static RuntimeOptions defaults() {
        return new RuntimeOptions(ExecutionDevice.CPU, 0, 0, 0, 1, 8, Duration.ofMillis(5), true);
    }

    public RuntimeOptions withDevice(ExecutionDevice d) {
        return new RuntimeOptions(d, cudaDeviceId, intraOpThreads, interOpThreads, workers, maxBatch, maxDelay, warmUp);
    }

    public RuntimeOptions withCudaDeviceId(int id) {
        return new RuntimeOptions(device, id, intraOpThreads, interOpThreads, workers, maxBatch, maxDelay, warmUp);
    }

    public RuntimeOptions withThreads(int intra, int inter) {
        return new RuntimeOptions(device, cudaDeviceId, intra, inter, workers, maxBatch, maxDelay, warmUp);
    }

    public RuntimeOptions withWorkers(int n) {
        return new RuntimeOptions(device, cudaDeviceId, intraOpThreads, interOpThreads, n, maxBatch, maxDelay, warmUp);
    }

    public RuntimeOptions withBatching(int batch, Duration delay) {
        return new RuntimeOptions(device, cudaDeviceId, intraOpThreads, interOpThreads, workers, batch, delay, warmUp);
    }

    public RuntimeOptions withWarmUp(boolean on) {
        return new RuntimeOptions(device, cudaDeviceId, intraOpThreads, interOpThreads, workers, maxBatch, maxDelay, on);
    }
}

package org.fxtriage.inference.predict;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelCard;
import org.fxtriage.inference.model.RuntimeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores images with one model, safely from any number of threads, with dynamic batching.
 *
 * <p>Callers {@link #submit} images into a bounded queue (a full queue blocks the caller: back-pressure,
 * never unbounded memory). Each of {@code workers} threads owns one DJL {@link Predictor} (DJL predictors
 * are not thread-safe; the ORT session below them is) and repeatedly takes the first waiting image, then
 * up to {@code maxBatch − 1} more that arrive within {@code maxDelay}, and runs them as one batch. A lone
 * image therefore waits at most {@code maxDelay}; under load batches fill at once.
 *
 * <p>Out-of-scope images (card intended use) are answered NOT_ANALYSED at once, without queueing.
 */
public final class PredictorPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PredictorPool.class);

    private record Pending(GreyImage image, long decodeNanos, long enqueued, CompletableFuture<Prediction> result) {
    }

    private static final Pending POISON = new Pending(null, 0, 0, null);

    private final LoadedModel model;
    private final ModelCard card;
    private final int maxBatch;
    private final long maxDelayNanos;
    private final BlockingQueue<Pending> queue;
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    private PredictorPool(LoadedModel model, RuntimeOptions options) {
        this.model = model;
        this.card = model.card();
        this.maxBatch = Math.max(1, Math.min(options.maxBatch(), model.batchLimit()));
        this.maxDelayNanos = options.maxDelay().toNanos();
        // Queued images are full-resolution rasters (a 5-megapixel radiograph is 20 MB of floats): keep just
        // enough to fill the next batch of every worker, and make callers wait beyond that.
        this.queue = new LinkedBlockingQueue<>(Math.max(2, 2 * maxBatch * options.workers()));
    }

    /** Starts {@code options.workers()} predictor threads for a loaded model. */
    public static PredictorPool open(LoadedModel model, RuntimeOptions options) {
        PredictorPool pool = new PredictorPool(model, options);
        List<String> outputs = new ArrayList<>(model.session().getOutputNames());
        for (int i = 0; i < options.workers(); i++) {
            Predictor<List<GreyImage>, List<Prediction>> predictor =
                    model.djlModel().newPredictor(new TriageTranslator(model.card(), outputs));
            Thread t = new Thread(() -> pool.work(predictor), "predictor-" + model.id() + "-" + i);
            t.setDaemon(true);
            pool.workers.add(t);
        }
        pool.workers.forEach(Thread::start);
        LOG.info("predictor pool for {}: {} workers, max batch {}, max delay {} µs", model.id(), options.workers(),
                pool.maxBatch, pool.maxDelayNanos / 1000);
        return pool;
    }

    public LoadedModel model() {
        return model;
    }

    public int maxBatch() {
        return maxBatch;
    }

    /**
     * Queues one image; blocks while the queue is full.
     *
     * @param decodeNanos time the caller spent decoding it (reported in the timings)
     */
    public CompletableFuture<Prediction> submit(GreyImage image, ImageContext context, long decodeNanos) {
        Optional<String> decline = IntendedUseCheck.declineReason(card.intendedUse(), context);
        if (decline.isPresent()) {
            return CompletableFuture.completedFuture(Prediction.notAnalysed(decline.get(), card.name(),
                    card.version(), StageTimings.NONE.withDecode(decodeNanos)));
        }
        if (closed) {
            throw new RejectedExecutionException("predictor pool for " + model.id() + " is closed");
        }
        Pending p = new Pending(image, decodeNanos, System.nanoTime(), new CompletableFuture<>());
        try {
            queue.put(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.result().completeExceptionally(e);
        }
        return p.result();
    }

    /** Scores one image and waits for the result. */
    public Prediction predict(GreyImage image, ImageContext context) throws PredictionException {
        return await(submit(image, context, 0));
    }

    /** Scores many images (batched by the pool) and waits for all, in order. */
    public List<Prediction> predictAll(List<GreyImage> images, ImageContext context) throws PredictionException {
        List<CompletableFuture<Prediction>> fs = new ArrayList<>(images.size());
        for (GreyImage g : images) {
            fs.add(submit(g, context, 0));
        }
        List<Prediction> out = new ArrayList<>(fs.size());
        for (CompletableFuture<Prediction> f : fs) {
            out.add(await(f));
        }
        return out;
    }

    /** Waits for a submitted image's result. */
    public static Prediction await(CompletableFuture<Prediction> f) throws PredictionException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PredictionException("interrupted while waiting for a prediction", e);
        } catch (ExecutionException e) {
            throw new PredictionException("prediction failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void work(Predictor<List<GreyImage>, List<Prediction>> predictor) {
        List<Pending> batch = new ArrayList<>(maxBatch);
        try (predictor) {
            while (true) {
                Pending first = queue.take();
                if (first == POISON) {
                    return;
                }
                batch.clear();
                batch.add(first);
                long deadline = System.nanoTime() + maxDelayNanos;
                boolean stop = false;
                while (batch.size() < maxBatch) {
                    Pending next = queue.poll();
                    if (next == null) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            break;
                        }
                        next = queue.poll(left, TimeUnit.NANOSECONDS);
                        if (next == null) {
                            break;
                        }
                    }
                    if (next == POISON) {
                        stop = true;
                        break;
                    }
                    batch.add(next);
                }
                run(predictor, batch);
                if (stop) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (Pending p : batch) {
                p.result().completeExceptionally(new PredictionException("predictor pool closed", null));
            }
        }
    }

    private void run(Predictor<List<GreyImage>, List<Prediction>> predictor, List<Pending> batch) {
        long start = System.nanoTime();
        List<GreyImage> images = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            images.add(p.image());
        }
        try {
            List<Prediction> out = predictor.predict(images);
            long wall = System.nanoTime() - start;
            long pre = 0;
            long post = 0;
            for (Prediction r : out) {
                pre += r.timings().preprocessNanos();
                post += r.timings().postprocessNanos();
            }
            long infer = Math.max(0, wall - pre - post);
            for (int i = 0; i < batch.size(); i++) {
                Pending p = batch.get(i);
                Prediction r = out.get(i);
                StageTimings t = r.timings();
                p.result().complete(r.withTimings(new StageTimings(p.decodeNanos(), start - p.enqueued(),
                        t.preprocessNanos(), infer, t.postprocessNanos(), batch.size())));
            }
        } catch (TranslateException | RuntimeException e) {
            LOG.warn("model {}: batch of {} failed: {}", model.id(), batch.size(), e.toString());
            for (Pending p : batch) {
                p.result().completeExceptionally(e);
            }
        } catch (Error e) {
            // Nobody waits forever: fail the batch, then let the error end this worker.
            for (Pending p : batch) {
                p.result().completeExceptionally(e);
            }
            throw e;
        }
        batch.clear();
    }

    /** Stops the workers after the images already queued; does not close the model. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = 0; i < workers.size(); i++) {
            try {
                queue.put(POISON);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Thread t : workers) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

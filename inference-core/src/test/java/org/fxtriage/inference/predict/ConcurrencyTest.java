package org.fxtriage.inference.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fxtriage.inference.TestModel;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelLoader;
import org.fxtriage.inference.model.RuntimeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many threads and big batches must give exactly what one thread with batches of one gives. */
class ConcurrencyTest {
    static LoadedModel model;
    static final List<GreyImage> IMAGES = new ArrayList<>();
    static List<Prediction> sequential;

    @BeforeAll
    static void load() throws Exception {
        model = new ModelLoader(RuntimeOptions.defaults()).load(TestModel.packageDir());
        for (int i = 0; i < 40; i++) {
            IMAGES.add(TestModel.syntheticImage(60 + 7 * i, 140 - 2 * i, 1000 + i));
        }
        try (PredictorPool single = PredictorPool.open(model,
                RuntimeOptions.defaults().withBatching(1, Duration.ZERO))) {
            sequential = new ArrayList<>();
            for (GreyImage g : IMAGES) {
                Prediction p = single.predict(g, ImageContext.unknown());
                assertEquals(1, p.timings().batchSize());
                sequential.add(p);
            }
        }
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static void assertSame(Prediction expected, Prediction actual, String what) {
        assertEquals(expected.logit(), actual.logit(), 1e-6, what + " logit");
        assertEquals(expected.category(), actual.category(), what + " category");
        assertEquals(expected.boxes().size(), actual.boxes().size(), what + " boxes");
        for (int i = 0; i < expected.boxes().size(); i++) {
            assertEquals(expected.boxes().get(i).x0(), actual.boxes().get(i).x0(), 1e-9, what);
            assertEquals(expected.boxes().get(i).score(), actual.boxes().get(i).score(), 1e-6, what);
        }
    }

    @Test
    void batchingGivesTheSameResultsAsBatchOne() throws Exception {
        try (PredictorPool pool = PredictorPool.open(model,
                RuntimeOptions.defaults().withBatching(16, Duration.ofMillis(200)))) {
            List<Prediction> batched = pool.predictAll(IMAGES, ImageContext.unknown());
            int maxBatch = 0;
            for (int i = 0; i < IMAGES.size(); i++) {
                assertSame(sequential.get(i), batched.get(i), "image " + i);
                maxBatch = Math.max(maxBatch, batched.get(i).timings().batchSize());
            }
            assertTrue(maxBatch > 1, "images submitted together should have been batched, max batch " + maxBatch);
        }
    }

    @Test
    void manyThreadsGiveTheSameResultsAsOne() throws Exception {
        int threads = 8;
        try (PredictorPool pool = PredictorPool.open(model,
                RuntimeOptions.defaults().withWorkers(3).withBatching(4, Duration.ofMillis(2)))) {
            ExecutorService exec = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<Prediction>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    final int offset = t;
                    results.add(exec.submit(() -> {
                        go.await();
                        List<Prediction> out = new ArrayList<>();
                        for (int k = 0; k < IMAGES.size(); k++) {
                            int i = (k + offset * 5) % IMAGES.size();
                            out.add(pool.predict(IMAGES.get(i), ImageContext.unknown()));
                        }
                        return out;
                    }));
                }
                go.countDown();
                for (int t = 0; t < threads; t++) {
                    List<Prediction> out = results.get(t).get();
                    for (int k = 0; k < IMAGES.size(); k++) {
                        int i = (k + t * 5) % IMAGES.size();
                        assertSame(sequential.get(i), out.get(k), "thread " + t + " image " + i);
                    }
                }
            } finally {
                exec.shutdownNow();
            }
        }
    }

    @Test
    void timingsCoverEveryStage() throws Exception {
        try (PredictorPool pool = PredictorPool.open(model, RuntimeOptions.defaults())) {
            Prediction p = PredictorPool.await(pool.submit(IMAGES.get(0), ImageContext.unknown(), 1234));
            assertEquals(1234, p.timings().decodeNanos());
            assertTrue(p.timings().preprocessNanos() > 0);
            assertTrue(p.timings().inferNanos() > 0);
            assertTrue(p.timings().totalNanos() > 1234 + p.timings().inferNanos());
        }
    }
}

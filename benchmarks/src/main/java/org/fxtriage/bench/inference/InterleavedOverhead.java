package org.fxtriage.bench.inference;

import java.util.Arrays;
import java.util.Locale;
import org.fxtriage.inference.model.RuntimeOptions;

/**
 * DJL vs raw ORT, interleaved call by call (raw, djl, djl, raw, …) so that both see the same machine load:
 * on a shared, noisy machine this pairs each DJL call with a raw call made microseconds apart, which
 * sequential JMH runs cannot. Reports medians, p99 and the median of the paired ratios.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *      org.fxtriage.bench.inference.InterleavedOverhead [model-dir] [iterations] [intra-op-threads]
 * </pre>
 */
public final class InterleavedOverhead {
    private InterleavedOverhead() {
    }

    public static void main(String[] args) throws Exception {
        String model = args.length > 0 ? args[0] : "benchmarks/bench-model/conv-256/1.0.0";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        System.out.printf(Locale.ROOT, "model %s, %d interleaved pairs per batch size, %d intra-op thread(s), %d cores%n",
                model, iterations, threads, Runtime.getRuntime().availableProcessors());
        System.out.println("batch  raw p50 ms  djl p50 ms  raw p99 ms  djl p99 ms  p50 ratio  paired ratio (median)");
        for (int batch : new int[] {1, 8}) {
            try (InferenceFixture f = new InferenceFixture(model, RuntimeOptions.defaults().withThreads(threads, 1),
                    batch)) {
                for (int i = 0; i < Math.max(20, iterations / 10); i++) {
                    f.raw();
                    f.djl.predict(f.tensor);
                }
                long[] raw = new long[iterations];
                long[] djl = new long[iterations];
                double[] ratio = new double[iterations];
                for (int i = 0; i < iterations; i++) {
                    boolean rawFirst = i % 2 == 0;
                    if (rawFirst) {
                        raw[i] = timeRaw(f);
                        djl[i] = timeDjl(f);
                    } else {
                        djl[i] = timeDjl(f);
                        raw[i] = timeRaw(f);
                    }
                    ratio[i] = (double) djl[i] / raw[i];
                }
                Arrays.sort(raw);
                Arrays.sort(djl);
                Arrays.sort(ratio);
                double r50 = pct(raw, 0.5) / 1e6;
                double d50 = pct(djl, 0.5) / 1e6;
                System.out.printf(Locale.ROOT, "%5d  %10.3f  %10.3f  %10.3f  %10.3f  %9.3f  %9.3f%n", batch, r50, d50,
                        pct(raw, 0.99) / 1e6, pct(djl, 0.99) / 1e6, d50 / r50, ratio[ratio.length / 2]);
            }
        }
    }

    private static long timeRaw(InferenceFixture f) throws Exception {
        long t0 = System.nanoTime();
        f.raw();
        return System.nanoTime() - t0;
    }

    private static long timeDjl(InferenceFixture f) throws Exception {
        long t0 = System.nanoTime();
        f.djl.predict(f.tensor);
        return System.nanoTime() - t0;
    }

    private static double pct(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }
}

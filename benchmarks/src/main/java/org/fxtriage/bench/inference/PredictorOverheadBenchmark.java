package org.fxtriage.bench.inference;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fxtriage.inference.model.RuntimeOptions;
import org.fxtriage.inference.predict.Prediction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * DJL predictor vs raw ONNX Runtime {@code OrtSession.run} on the same session and the same preprocessed
 * batch (DESIGN.md §9), on CPU. {@code djl} and {@code raw} do identical work (tensor in, both outputs
 * copied out); {@code pipeline} is the production translator on a 2000 × 2500 image and adds the recipe
 * (letterbox + normalise) and postprocessing, for scale.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' org.openjdk.jmh.Main PredictorOverhead
 *      [-p model=models/fracatlas-mnv3/1.5.0] [-p threads=N]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true", "-Xmx2g"})
public class PredictorOverheadBenchmark {
    @Param({"1", "8"})
    public int batch;

    /** Model package folder, relative to the repository root. */
    @Param({"benchmarks/bench-model/conv-256/1.0.0"})
    public String model;

    /** ONNX Runtime intra-op threads (0 = one per core). */
    @Param({"1"})
    public int threads;

    private InferenceFixture fixture;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        fixture = new InferenceFixture(model, RuntimeOptions.defaults().withThreads(threads, 1), batch);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public float[][] raw() throws Exception {
        return fixture.raw();
    }

    @Benchmark
    public float[][] djl() throws Exception {
        return fixture.djl.predict(fixture.tensor);
    }

    @Benchmark
    public List<Prediction> pipeline() throws Exception {
        return fixture.pipeline.predict(fixture.images);
    }
}

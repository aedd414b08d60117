package org.fxtriage.bench.inference;

import java.util.concurrent.TimeUnit;
import org.fxtriage.inference.model.ExecutionDevice;
import org.fxtriage.inference.model.RuntimeOptions;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Images per second on an NVIDIA GPU (ORT CUDA execution provider) for batches of 1–64, DJL and raw ORT.
 * Needs the {@code -Pgpu} build (onnxruntime_gpu) and a GPU with CUDA 12 + cuDNN 9; without them the setup
 * fails with the reason instead of silently measuring the CPU.
 *
 * <pre>
 * mvn -B -q -Pgpu -DskipTests -pl benchmarks -am package
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' org.openjdk.jmh.Main GpuThroughput
 * </pre>
 * The {@code images} counter is the figure of merit (images/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true", "-Xmx4g"})
public class GpuThroughputBenchmark {
    @Param({"1", "2", "4", "8", "16", "32", "64"})
    public int batch;

    @Param({"benchmarks/bench-model/conv-256/1.0.0"})
    public String model;

    @Param({"0"})
    public int cudaDevice;

    private InferenceFixture fixture;

    /** Counts images, so JMH reports images/s next to batches/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Images {
        public long images;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        fixture = new InferenceFixture(model,
                RuntimeOptions.defaults().withDevice(ExecutionDevice.CUDA).withCudaDeviceId(cudaDevice), batch);
        if (fixture.model.device().device() != ExecutionDevice.CUDA) {
            String why = fixture.model.device().reason();
            fixture.close();
            throw new IllegalStateException("GPU benchmark needs CUDA, none usable here: " + why);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public float[][] djl(Images counter) throws Exception {
        float[][] out = fixture.djl.predict(fixture.tensor);
        counter.images += batch;
        return out;
    }

    @Benchmark
    public float[][] raw(Images counter) throws Exception {
        float[][] out = fixture.raw();
        counter.images += batch;
        return out;
    }
}

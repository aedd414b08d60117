package org.fxtriage.bench.pixel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.pixel.DicomImageReader;
import org.fxtriage.dicom.pixel.DisplayRaster;
import org.fxtriage.dicom.pixel.RenderOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pixel pipeline cost for the WG04 hip radiograph RG2 (2140 x 1760 = 3.77 MPixel, 10 bits stored) in
 * each transfer syntax of the samples, rendered full size and to a 256-pixel longer side.
 * Divide the time per operation by 3.77 for ms/MPixel. {@code readAndRender} includes parsing the
 * Part 10 header (what an inference worker does per instance); {@code render} starts from a parsed file.
 *
 * <pre>
 * mvn -B -q -o -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main PixelPipelineBenchmark \
 *      -f 1 -wi 3 -w 1s -i 5 -r 2s -bm sample -tu ms
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PixelPipelineBenchmark {

    @Param({"RG2_UNC", "RG2_JPLL", "RG2_J2KR", "RG2_RLE"})
    public String file;

    @Param({"0", "256"})
    public int maxDimension;

    private Path path;
    private Part10File parsed;
    private RenderOptions options;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String shared = System.getProperty("fxtriage.shared", "../shared");
        path = Path.of(shared, "data", "dicom", "original", "wg04", file + ".dcm");
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("sample missing: " + path.toAbsolutePath()
                    + " (run from the repository root or set -Dfxtriage.shared)");
        }
        parsed = Part10Reader.read(path);
        options = RenderOptions.defaults().withMaxDimension(maxDimension);
    }

    @Benchmark
    public DisplayRaster readAndRender() throws IOException {
        return DicomImageReader.read(path, options);
    }

    @Benchmark
    public DisplayRaster render() throws IOException {
        return DicomImageReader.render(parsed, options);
    }
}

package org.fxtriage.bench.inference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.fxtriage.dicom.pixel.DicomImageReader;
import org.fxtriage.dicom.pixel.DisplayRaster;
import org.fxtriage.dicom.pixel.RenderOptions;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.model.EngineBootstrap;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelLoader;
import org.fxtriage.inference.model.RuntimeOptions;
import org.fxtriage.inference.predict.ImageContext;
import org.fxtriage.inference.predict.Prediction;
import org.fxtriage.inference.predict.PredictorPool;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end as an inference worker does it: a stored radiograph on disk → Part 10 header → pixel
 * pipeline (decoded and area-averaged to {@code maxDimension} while the LUTs are applied) → the card's
 * recipe → DJL/ONNX Runtime → calibrated probability, category and boxes. RG2 is 2140 × 1760.
 * {@code maxDimension} 512 is what the service renders for a 256-pixel model (2 × the input size);
 * 0 renders at full size, as {@code fxtriage score} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class FileToPredictionBenchmark {

    @Param({"RG2_UNC", "RG2_JPLL"})
    public String file;

    @Param({"512", "0"})
    public int maxDimension;

    @Param({"models/fracatlas-mnv3/1.5.0"})
    public String model;

    private Path path;
    private LoadedModel loaded;
    private PredictorPool pool;
    private RenderOptions options;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String shared = System.getProperty("fxtriage.shared", "../shared");
        path = Path.of(shared, "data", "dicom", "original", "wg04", file + ".dcm");
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("sample missing: " + path.toAbsolutePath()
                    + " (run from the repository root, with ../shared beside it)");
        }
        EngineBootstrap.start();
        RuntimeOptions runtime = RuntimeOptions.defaults();
        loaded = new ModelLoader(runtime).load(Path.of(model));
        pool = PredictorPool.open(loaded, runtime);
        options = maxDimension > 0 ? RenderOptions.defaults().withMaxDimension(maxDimension) : RenderOptions.defaults();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        pool.close();
        loaded.close();
    }

    @Benchmark
    public Prediction fileToPrediction() throws Exception {
        DisplayRaster raster = DicomImageReader.read(path, options);
        GreyImage image = new GreyImage(raster.width(), raster.height(), raster.unitValues());
        return pool.predict(image, ImageContext.unknown());
    }
}

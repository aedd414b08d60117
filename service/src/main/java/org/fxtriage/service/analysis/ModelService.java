package org.fxtriage.service.analysis;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.fxtriage.inference.model.EngineBootstrap;
import org.fxtriage.inference.model.ExecutionDevice;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelVersions;
import org.fxtriage.inference.model.ModelPackageException;
import org.fxtriage.inference.model.ModelRegistry;
import org.fxtriage.inference.model.RuntimeOptions;
import org.fxtriage.inference.predict.PredictorPool;
import org.fxtriage.service.TriageSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model the service runs: loaded at startup from {@code fxtriage.model.dir} (a package folder, or a
 * models root where the highest version wins), validated and warmed up by inference-core, and served by one
 * {@link PredictorPool}. A service without a usable model refuses to start, with the reason.
 */
@Context
@Requires(property = "fxtriage.model.enabled", notEquals = "false")
public class ModelService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModelService.class);

    private final ModelRegistry registry;
    private final LoadedModel model;
    private final PredictorPool pool;
    private final int renderDimension;

    public ModelService(TriageSettings.Model settings) {
        EngineBootstrap.start(); // offline mode is set there before DJL's engine starts
        ExecutionDevice device;
        try {
            device = ExecutionDevice.valueOf(settings.getDevice().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("fxtriage.model.device must be cpu or cuda, not '" + settings.getDevice() + "'");
        }
        RuntimeOptions options = RuntimeOptions.defaults().withDevice(device)
                .withThreads(settings.getIntraOpThreads(), 0)
                .withWorkers(settings.getWorkers())
                .withBatching(settings.getMaxBatch(), settings.getMaxDelay());
        Path dir = choosePackage(settings.getDir(), settings.getName());
        registry = new ModelRegistry(options);
        try {
            model = registry.load(dir);
        } catch (ModelPackageException e) {
            registry.close();
            throw new IllegalStateException("cannot load the model package " + dir + ": " + e.getMessage(), e);
        }
        pool = PredictorPool.open(model, options);
        int size = model.card().recipe().size();
        renderDimension = settings.getMaxRenderDimension() > 0 ? settings.getMaxRenderDimension() : 2 * size;
        log.info("model {} loaded from {} on {} ({}); images rendered at most {} px before preprocessing",
                model.id(), dir, model.device().device(), model.device().reason(), renderDimension);
    }

    /**
     * {@code dir} itself when it holds a model.json; otherwise the highest-versioned {@code <name>/<version>/}
     * below it (of {@code name} when given).
     */
    static Path choosePackage(Path dir, String name) {
        if (Files.isRegularFile(dir.resolve("model.json"))) {
            return dir;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("fxtriage.model.dir " + dir.toAbsolutePath()
                    + " does not exist (set FXTRIAGE_MODEL_DIR to a model package or a models root)");
        }
        List<Path> packages;
        try (Stream<Path> s = Files.walk(dir, 3)) {
            packages = s.filter(p -> p.getFileName().toString().equals("model.json"))
                    .filter(p -> dir.relativize(p).getNameCount() == 3)
                    .map(Path::getParent)
                    .filter(p -> name == null || name.isBlank() || p.getParent().getFileName().toString().equals(name))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list model packages under " + dir + ": " + e.getMessage(), e);
        }
        return packages.stream().max(Comparator.comparing((Path p) -> p.getFileName().toString(), ModelVersions.ORDER)
                        .thenComparing(p -> p.getParent().getFileName().toString()))
                .orElseThrow(() -> new IllegalStateException("no model package (<name>/<version>/model.json) under "
                        + dir.toAbsolutePath() + (name == null || name.isBlank() ? "" : " named " + name)
                        + "; set FXTRIAGE_MODEL_DIR"));
    }

    public LoadedModel model() {
        return model;
    }

    public PredictorPool pool() {
        return pool;
    }

    /** Longest side of the display raster handed to preprocessing: downsampling happens in the pixel pipeline. */
    public int renderDimension() {
        return renderDimension;
    }

    @PreDestroy
    @Override
    public void close() {
        pool.close();
        registry.close();
    }
}

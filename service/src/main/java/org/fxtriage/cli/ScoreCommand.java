package org.fxtriage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.fxtriage.inference.image.ImageSources;
import org.fxtriage.inference.image.SourceImage;
import org.fxtriage.inference.image.UnsupportedImageException;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelLoader;
import org.fxtriage.inference.model.ModelPackageException;
import org.fxtriage.inference.model.RuntimeOptions;
import org.fxtriage.inference.predict.ImageContext;
import org.fxtriage.inference.predict.PredictionException;
import org.fxtriage.inference.predict.PredictorPool;

/**
 * {@code score [--model DIR] FILE...}: one JSON object per file, in argument order. A file that cannot be
 * read gets an {@code {"file", "error"}} object and the command goes on with the next one.
 */
final class ScoreCommand {
    private final CommandLine cl;
    private final ImageSources sources;


    /** With extra image sources (the service adds DICOM here). */
    ScoreCommand(List<String> args, ImageSources sources) throws UsageException {
        this.cl = new CommandLine(args, Set.of("model", "device", "threads", "batch", "workers", "max-delay-ms"));
        this.sources = sources;
        if (cl.positional().isEmpty()) {
            throw new UsageException("score needs at least one FILE");
        }
    }

    private record Pending(String file, CompletableFuture<org.fxtriage.inference.predict.Prediction> result,
                           String error) {
    }

    int run(PrintStream out, PrintStream err) throws UsageException, ModelPackageException {
        RuntimeOptions options = RuntimeFlags.options(cl, 1);
        Path modelDir = RuntimeFlags.modelDir(cl);
        int failures = 0;
        try (LoadedModel model = new ModelLoader(options).load(modelDir);
             PredictorPool pool = PredictorPool.open(model, options)) {
            List<Pending> pending = new ArrayList<>();
            for (String name : cl.positional()) {
                Path file = Paths.get(name);
                try {
                    if (!Files.isRegularFile(file)) {
                        throw new IOException("no such file");
                    }
                    long t0 = System.nanoTime();
                    SourceImage img = sources.read(file);
                    long decode = System.nanoTime() - t0;
                    pending.add(new Pending(name, pool.submit(img.image(), ImageContext.of(img), decode), null));
                } catch (UnsupportedImageException e) {
                    pending.add(new Pending(name, null, e.getMessage()));
                } catch (IOException e) {
                    pending.add(new Pending(name, null, file.getFileName() + ": cannot read: " + e.getMessage()));
                }
            }
            for (Pending p : pending) {
                ObjectNode json;
                if (p.error() != null) {
                    json = PredictionJson.error(p.file(), p.error());
                    failures++;
                } else {
                    try {
                        json = PredictionJson.of(p.file(), PredictorPool.await(p.result()));
                    } catch (PredictionException e) {
                        json = PredictionJson.error(p.file(), e.getMessage());
                        failures++;
                    }
                }
                out.println(json.toString());
            }
        }
        return failures == 0 ? 0 : 1;
    }
}

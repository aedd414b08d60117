package org.fxtriage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.fxtriage.inference.model.ExecutionDevice;
import org.fxtriage.inference.model.ModelVersions;
import org.fxtriage.inference.model.RuntimeOptions;

/** Options shared by the commands: the model package and how to run it. */
final class RuntimeFlags {
    private RuntimeFlags() {
    }

    static RuntimeOptions options(CommandLine cl, int defaultWorkers) throws UsageException {
        String device = cl.get("device", "cpu").toUpperCase(Locale.ROOT);
        ExecutionDevice d;
        try {
            d = ExecutionDevice.valueOf(device);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--device must be cpu or cuda, got " + cl.get("device"));
        }
        return RuntimeOptions.defaults().withDevice(d)
                .withThreads(cl.getInt("threads", 0, 0), 0)
                .withWorkers(cl.getInt("workers", defaultWorkers, 1))
                .withBatching(cl.getInt("batch", 8, 1), Duration.ofMillis(cl.getInt("max-delay-ms", 5, 0)));
    }

    /** --model, else $FXTRIAGE_MODEL, else the single (or highest-version) package under ./models. */
    static Path modelDir(CommandLine cl) throws UsageException {
        String m = cl.get("model");
        if (m == null) {
            m = System.getenv("FXTRIAGE_MODEL");
        }
        if (m != null) {
            Path p = Paths.get(m);
            if (!Files.isDirectory(p)) {
                throw new UsageException("model package folder not found: " + m);
            }
            return p;
        }
        Path models = Paths.get("models");
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(models)) {
            try (Stream<Path> s = Files.walk(models, 3)) {
                s.filter(p -> p.getFileName().toString().equals("model.json"))
                        .filter(p -> models.relativize(p).getNameCount() == 3)
                        .map(Path::getParent).sorted().forEach(found::add);
            } catch (java.io.IOException e) {
                throw new UsageException("cannot list ./models: " + e.getMessage());
            }
        }
        if (found.isEmpty()) {
            throw new UsageException("no model package: pass --model models/<name>/<version> or set FXTRIAGE_MODEL");
        }
        if (found.stream().map(p -> p.getParent().getFileName()).distinct().count() > 1) {
            throw new UsageException("several models under ./models " + found + ": choose one with --model");
        }
        found.sort(java.util.Comparator.comparing(p -> p.getFileName().toString(), ModelVersions.ORDER));
        return found.get(found.size() - 1);
    }
}

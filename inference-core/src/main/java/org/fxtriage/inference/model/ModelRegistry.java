package org.fxtriage.inference.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Several models side by side, keyed by {@code name/version} (e.g. the production model and a candidate in
 * shadow mode). Thread-safe; closing the registry closes every model.
 */
public final class ModelRegistry implements AutoCloseable {
    private final ModelLoader loader;
    private final Map<String, LoadedModel> models = new LinkedHashMap<>();

    public ModelRegistry(RuntimeOptions options) {
        this(new ModelLoader(options));
    }

    public ModelRegistry(ModelLoader loader) {
        this.loader = loader;
    }

    /** Loads one package folder; refuses a second package with the same name and version. */
    public LoadedModel load(Path packageDir) throws ModelPackageException {
        LoadedModel m = loader.load(packageDir);
        synchronized (models) {
            LoadedModel existing = models.get(m.id());
            if (existing != null) {
                m.close();
                throw new ModelPackageException(packageDir + ": model " + m.id() + " is already loaded from "
                        + existing.directory());
            }
            models.put(m.id(), m);
        }
        return m;
    }

    /** Loads every {@code <root>/<name>/<version>/} folder that holds a model.json. */
    public List<LoadedModel> loadAll(Path modelsRoot) throws ModelPackageException {
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(modelsRoot, 3)) {
            dirs = s.filter(p -> p.getFileName().toString().equals("model.json"))
                    .filter(p -> modelsRoot.relativize(p).getNameCount() == 3)
                    .map(Path::getParent).sorted().toList();
        } catch (IOException e) {
            throw new ModelPackageException(modelsRoot + ": cannot list model packages: " + e.getMessage(), e);
        }
        List<LoadedModel> out = new ArrayList<>();
        for (Path d : dirs) {
            out.add(load(d));
        }
        return out;
    }

    public Optional<LoadedModel> get(String name, String version) {
        synchronized (models) {
            return Optional.ofNullable(models.get(name + "/" + version));
        }
    }

    /** The highest version of a model name (versions compared numerically dot by dot). */
    public Optional<LoadedModel> latest(String name) {
        synchronized (models) {
            return models.values().stream().filter(m -> m.card().name().equals(name))
                    .max(Comparator.comparing(m -> m.card().version(), ModelVersions.ORDER));
        }
    }

    public List<LoadedModel> models() {
        synchronized (models) {
            return List.copyOf(models.values());
        }
    }

    /** Unloads and closes one model. */
    public boolean unload(String name, String version) {
        LoadedModel m;
        synchronized (models) {
            m = models.remove(name + "/" + version);
        }
        if (m != null) {
            m.close();
        }
        return m != null;
    }

    @Override
    public void close() {
        List<LoadedModel> all;
        synchronized (models) {
            all = new ArrayList<>(models.values());
            models.clear();
        }
        all.forEach(LoadedModel::close);
    }
}

package org.fxtriage.service;

import java.nio.file.Files;
import java.nio.file.Path;

/** Sample radiographs in ../shared/data/dicom (never copied into the repository). */
public final class TestData {
    private TestData() {
    }

    public static Path shared() {
        String p = System.getProperty("fxtriage.shared");
        Path root = p != null ? Path.of(p) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(root.resolve("data/dicom"))) {
            root = Path.of("..", "shared");
        }
        return root;
    }

    public static Path dicom(String relative) {
        Path f = shared().resolve("data/dicom").resolve(relative);
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException("sample " + f.toAbsolutePath() + " is missing (fxtriage.shared=" + shared() + ")");
        }
        return f;
    }

    /** The small random-weights test model of inference-core (intended use: CR/DX, extremities and hip; no chest). */
    public static Path testModel() {
        Path p = Path.of("..", "inference-core", "src", "test", "resources", "models", "test-conv", "0.1.0");
        if (!Files.isRegularFile(p.resolve("model.json"))) {
            throw new IllegalStateException("test model missing at " + p.toAbsolutePath());
        }
        return p.toAbsolutePath().normalize();
    }
}

package org.fxtriage.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * An embedded service for tests: HTTP and DICOM on free loopback ports (nothing listens beyond
     * 127.0.0.1), data under {@code dataDir}, the test model on one thread, no disk-space floor, and the
     * first admin's password. Callers add or override keys.
     */
    public static Map<String, Object> serviceProperties(Path dataDir, String adminPassword) {
        Map<String, Object> p = new HashMap<>();
        p.put("micronaut.server.port", -1);
        p.put("micronaut.server.host", "127.0.0.1");
        p.put("fxtriage.data-dir", dataDir.toString());
        p.put("fxtriage.dicom.port", 0);
        p.put("fxtriage.dicom.bind-host", "127.0.0.1");
        p.put("fxtriage.dicom.min-free-disk-bytes", 0);
        p.put("fxtriage.model.dir", testModel().toString());
        p.put("fxtriage.model.intra-op-threads", 1);
        p.put("fxtriage.admin-password", adminPassword);
        return p;
    }
}

package org.fxtriage.inference.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineBootstrapTest {

    @Test
    void startsOfflineWithNativesOutsideTmp() {
        EngineBootstrap.start();
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
        String natives = System.getProperty("onnxruntime.native.path");
        assertNotNull(natives, "ORT loads its libraries from a staged directory, not a fresh temp copy");
        assertTrue(Files.isRegularFile(Path.of(natives).resolve(System.mapLibraryName("onnxruntime"))));
        assertNotNull(EngineBootstrap.environment().getVersion());
    }

    @Test
    void stagesNativesOnceWithACompletionMarker(@TempDir Path root) throws Exception {
        Path dir = EngineBootstrap.installOrtNatives(root);
        assertNotNull(dir, "ORT jar on the class path");
        assertTrue(Files.isRegularFile(dir.resolve(System.mapLibraryName("onnxruntime4j_jni"))));
        assertTrue(Files.isRegularFile(dir.resolve(".complete")));
        long stamp = Files.getLastModifiedTime(dir.resolve(System.mapLibraryName("onnxruntime"))).toMillis();
        Thread.sleep(20);
        assertEquals(dir, EngineBootstrap.installOrtNatives(root));
        assertEquals(stamp, Files.getLastModifiedTime(dir.resolve(System.mapLibraryName("onnxruntime"))).toMillis(),
                "second start reuses the staged files");
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".part-")), "no partial files left");
        }
    }
}

package org.fxtriage.service.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelPackageChoiceTest {
    @TempDir
    Path root;

    private Path pkg(String name, String version) throws Exception {
        Path d = Files.createDirectories(root.resolve(name).resolve(version));
        Files.writeString(d.resolve("model.json"), "{}");
        return d;
    }

    @Test
    void theHighestVersionWinsNumerically() throws Exception {
        pkg("fracatlas-mnv3", "1.9.0");
        Path newest = pkg("fracatlas-mnv3", "1.10.0");
        pkg("fracatlas-mnv3", "1.2.3");
        assertEquals(newest, ModelService.choosePackage(root, null));
    }

    @Test
    void aNameSelectsAmongSeveralModelsAndAPackageFolderIsUsedAsIs() throws Exception {
        Path a = pkg("alpha", "2.0.0");
        Path b = pkg("beta", "1.0.0");
        assertEquals(b, ModelService.choosePackage(root, "beta"));
        assertEquals(a, ModelService.choosePackage(a, null));
    }

    @Test
    void aRootWithoutPackagesIsAClearError() throws Exception {
        Files.createDirectories(root.resolve("fracatlas-mnv3/1.0.0")); // e.g. only ATTRIBUTION.md so far
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ModelService.choosePackage(root, null));
        assertTrue(e.getMessage().contains("FXTRIAGE_MODEL_DIR"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> ModelService.choosePackage(root.resolve("missing"), null));
    }
}

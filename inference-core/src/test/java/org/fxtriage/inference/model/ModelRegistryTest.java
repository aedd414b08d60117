package org.fxtriage.inference.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fxtriage.inference.TestModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {

    private static void copyAs(Path root, String version) throws Exception {
        Path d = root.resolve("test-conv").resolve(version);
        Files.createDirectories(d);
        Files.copy(TestModel.packageDir().resolve("model.onnx"), d.resolve("model.onnx"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode card = (ObjectNode) json.readTree(Files.readAllBytes(TestModel.packageDir().resolve("model.json")));
        card.put("version", version);
        json.writeValue(d.resolve("model.json").toFile(), card);
    }

    @Test
    void severalVersionsSideBySide(@TempDir Path root) throws Exception {
        copyAs(root, "0.9.0");
        copyAs(root, "0.10.0");
        try (ModelRegistry reg = new ModelRegistry(RuntimeOptions.defaults())) {
            assertEquals(2, reg.loadAll(root).size());
            assertTrue(reg.get("test-conv", "0.9.0").isPresent());
            assertEquals("0.10.0", reg.latest("test-conv").orElseThrow().card().version(), "numeric, not lexical");
            var e = assertThrows(ModelPackageException.class, () -> reg.load(root.resolve("test-conv/0.9.0")));
            assertTrue(e.getMessage().contains("already loaded"), e.getMessage());
            assertTrue(reg.unload("test-conv", "0.9.0"));
            assertEquals(1, reg.models().size());
        }
    }
}

package org.fxtriage.inference.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.fxtriage.inference.TestModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card that lies about the graph is refused at load, and the message names the lie. */
class CardValidationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    private ModelPackageException loadWith(Consumer<ObjectNode> lie) throws Exception {
        Path src = TestModel.packageDir();
        Files.copy(src.resolve("model.onnx"), dir.resolve("model.onnx"));
        ObjectNode card = (ObjectNode) JSON.readTree(Files.readAllBytes(src.resolve("model.json")));
        lie.accept(card);
        JSON.writeValue(dir.resolve("model.json").toFile(), card);
        return assertThrows(ModelPackageException.class,
                () -> new ModelLoader(RuntimeOptions.defaults()).load(dir).close());
    }

    private static ArrayNode shape(long... dims) {
        ArrayNode a = JSON.createArrayNode();
        for (long d : dims) {
            a.add(d);
        }
        return a;
    }

    private static void assertNames(ModelPackageException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message should name '" + p + "': " + e.getMessage());
        }
    }

    @Test
    void truthfulCardLoads() throws Exception {
        try (LoadedModel m = new ModelLoader(RuntimeOptions.defaults()).load(TestModel.packageDir())) {
            assertEquals("test-conv/0.1.0", m.id());
            assertEquals(ExecutionDevice.CPU, m.device().device());
        }
    }

    @Test
    void wrongInputName() throws Exception {
        var e = loadWith(c -> ((ObjectNode) c.get("input")).put("name", "pixels"));
        assertNames(e, "input 'pixels'", "not a graph input", "[image]");
    }

    @Test
    void wrongInputSize() throws Exception {
        // A self-consistent card for a 32-pixel model, but the graph takes 64.
        var e = loadWith(c -> {
            ObjectNode in = (ObjectNode) c.get("input");
            in.set("shape", shape(-1, 1, 32, 32));
            ((ObjectNode) in.get("preprocessing")).put("size", 32);
            ((ObjectNode) c.get("outputs").get("heatmap")).set("shape", shape(-1, 1, 4, 4));
        });
        assertNames(e, "input 'image' dimension 2: card says 32, graph has 64");
    }

    @Test
    void wrongInputElementType() throws Exception {
        // The card format only admits float32, so the lie is caught when the card is read.
        var e = loadWith(c -> ((ObjectNode) c.get("input")).put("element_type", "float16"));
        assertNames(e, "input.element_type is float16");
    }

    @Test
    void wrongInputRank() throws Exception {
        var e = loadWith(c -> ((ObjectNode) c.get("input")).set("shape", shape(-1, 1, 64, 64, 1)));
        assertNames(e, "input.shape");
    }

    @Test
    void wrongLogitOutputName() throws Exception {
        var e = loadWith(c -> ((ObjectNode) c.get("outputs").get("logit")).put("name", "score"));
        assertNames(e, "logit output 'score'", "not a graph output", "heatmap");
    }

    @Test
    void wrongLogitRank() throws Exception {
        var e = loadWith(c -> ((ObjectNode) c.get("outputs").get("logit")).set("shape", shape(-1)));
        assertNames(e, "logit output 'logit' rank: card says 1");
    }

    @Test
    void wrongHeatmapGrid() throws Exception {
        // Stride 4 with a 16x16 grid is self-consistent for size 64, but the graph's grid is 8x8.
        var e = loadWith(c -> {
            ObjectNode hm = (ObjectNode) c.get("outputs").get("heatmap");
            hm.put("stride", 4);
            hm.set("shape", shape(-1, 1, 16, 16));
        });
        assertNames(e, "heatmap output 'heatmap' dimension 2: card says 16, graph has 8");
    }

    @Test
    void heatmapGridThatIsNotSizeOverStride() throws Exception {
        var e = loadWith(c -> ((ObjectNode) c.get("outputs").get("heatmap")).put("stride", 16));
        assertNames(e, "grid 8x8 is not size/stride = 64/16");
    }

    @Test
    void missingHeatmapOutput() throws Exception {
        var e = loadWith(c -> ((ObjectNode) c.get("outputs").get("heatmap")).put("name", "cam"));
        assertNames(e, "heatmap output 'cam'", "not a graph output");
    }

    @Test
    void thresholdsInTheWrongOrder() throws Exception {
        var e = loadWith(c -> ((ObjectNode) c.get("operating_points").get("doubt")).put("threshold", 0.9));
        assertNames(e, "doubt threshold 0.9 is above positive threshold");
    }

    @Test
    void graphWithAnotherElementTypeOrExtraInput() throws Exception {
        // The validator on its own, against graph signatures that the test model does not have.
        ModelCard card = ModelCard.read(TestModel.packageDir().resolve("model.json"));
        var outputs = java.util.Map.of(
                "logit", new TensorSignature("logit", "float32", new long[] {-1, 1}),
                "heatmap", new TensorSignature("heatmap", "float16", new long[] {-1, 1, 8, 8}));
        var inputs = new java.util.LinkedHashMap<String, TensorSignature>();
        inputs.put("image", new TensorSignature("image", "float16", new long[] {-1, 1, 64, 64}));
        inputs.put("mask", new TensorSignature("mask", "float32", new long[] {-1, 1, 64, 64}));
        var e = assertThrows(ModelPackageException.class, () -> CardValidator.validate(card, inputs, outputs));
        assertNames(e, "input 'image' element type: card says float32, graph has float16",
                "heatmap output 'heatmap' element type: card says float32, graph has float16",
                "the graph has 2 inputs");
        inputs.remove("mask");
        inputs.put("image", new TensorSignature("image", "float32", new long[] {4, 1, 64, 64}));
        var fixedBatch = new java.util.HashMap<>(outputs);
        fixedBatch.put("heatmap", new TensorSignature("heatmap", "float32", new long[] {-1, 1, 8, 8}));
        var e2 = assertThrows(ModelPackageException.class, () -> CardValidator.validate(card, inputs, fixedBatch));
        assertNames(e2, "input 'image' batch dimension: card says dynamic, graph fixes it to 4");
    }

    @Test
    void missingFilesAreNamed() {
        var e = assertThrows(ModelPackageException.class,
                () -> new ModelLoader(RuntimeOptions.defaults()).load(dir));
        assertNames(e, "model.json missing");
    }
}

package org.fxtriage.inference.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fxtriage.inference.TestModel;
import org.fxtriage.inference.image.DisplayImageDecoder;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.image.ModelInput;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelLoader;
import org.fxtriage.inference.model.RuntimeOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden files (models/MODEL_PACKAGE.md "Golden file"): the Java runtime must reproduce what the
 * training pipeline computed for the same FracAtlas images (read from ../shared/data/fracatlas) — the
 * preprocessed tensor's sum and sum of squares, the logit and the heatmap — within 1e-3.
 *
 * <p>Runs on every package under the repository's {@code models/<name>/<version>/} (live as soon as a
 * package is committed; a package without golden.json fails), and always on the test model, whose golden
 * file make_test_model.py computes with numpy and PIL.
 */
class GoldenParityTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyPackageReproducesItsGoldenFile() throws IOException {
        List<Path> packages = new ArrayList<>();
        packages.add(TestModel.packageDir());
        Path models = TestModel.repoRoot().resolve("models");
        if (Files.isDirectory(models)) {
            try (Stream<Path> s = Files.walk(models, 3)) {
                s.filter(p -> p.getFileName().toString().equals("model.json"))
                        .filter(p -> models.relativize(p).getNameCount() == 3)
                        .map(Path::getParent).sorted().forEach(packages::add);
            }
        }
        return packages.stream().map(dir -> DynamicTest.dynamicTest(TestModel.repoRoot().relativize(dir).toString(),
                () -> checkPackage(dir)));
    }

    static void checkPackage(Path dir) throws Exception {
        Path goldenFile = dir.resolve("golden.json");
        assertTrue(Files.isRegularFile(goldenFile), dir + ": a model package must ship golden.json");
        JsonNode golden = JSON.readTree(Files.readAllBytes(goldenFile));
        double tol = golden.path("tolerance").asDouble(1e-3);
        List<JsonNode> entries = entries(golden);
        assertFalse(entries.isEmpty(), goldenFile + ": no images");
        Path fracatlas = TestModel.shared().resolve("data/fracatlas");
        assertTrue(Files.isDirectory(fracatlas), "FracAtlas images expected at " + fracatlas);
        try (LoadedModel model = new ModelLoader(RuntimeOptions.defaults()).load(dir);
             PredictorPool pool = PredictorPool.open(model, RuntimeOptions.defaults())) {
            var card = model.card();
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            int size = card.input().preprocessing().size();
            for (JsonNode e : entries) {
                String id = text(e, "id", "image", "image_id", "path", "file");
                String what = dir.getFileName() + " " + id;
                GreyImage img = DisplayImageDecoder.decode(fracatlas.resolve(id));
                int[] wh = sourceSize(e);
                if (wh != null) {
                    assertEquals(wh[0], img.width(), what + " width");
                    assertEquals(wh[1], img.height(), what + " height");
                }
                ModelInput in = card.recipe().apply(img);
                double sum = 0;
                double sq = 0;
                for (float v : in.tensor()) {
                    sum += v;
                    sq += (double) v * v;
                }
                JsonNode s = first(e, "tensor_sum", "sum", "input_sum");
                if (s != null) {
                    assertEquals(s.asDouble(), sum, tol * Math.max(1, Math.abs(s.asDouble()) * 1e-3), what + " tensor sum");
                }
                JsonNode q = first(e, "tensor_sum_sq", "sum_sq", "sum_of_squares", "tensor_sumsq", "input_sum_sq");
                if (q != null) {
                    assertEquals(q.asDouble(), sq, tol * Math.max(1, Math.abs(q.asDouble()) * 1e-3), what + " tensor sum of squares");
                }
                Prediction p = pool.predict(img, ImageContext.unknown());
                double logit = first(e, "logit").asDouble();
                assertEquals(logit, p.logit(), tol, what + " logit (DJL pipeline)");
                JsonNode prob = first(e, "probability", "p");
                if (prob != null) {
                    assertEquals(prob.asDouble(), p.probability(), tol, what + " probability");
                }
                JsonNode heat = first(e, "heatmap");
                if (heat != null && card.outputs().heatmap() != null) {
                    float[] h = heatmapOf(env, model.session(), card.input().name(), card.outputs().heatmap().name(),
                            in.tensor(), size);
                    List<Double> flat = new ArrayList<>();
                    flatten(heat, flat);
                    assertEquals(h.length, flat.size(), what + " heatmap cells");
                    for (int i = 0; i < h.length; i++) {
                        assertEquals(flat.get(i), h[i], tol, what + " heatmap cell " + i);
                    }
                }
                JsonNode boxes = first(e, "boxes");
                JsonNode category = first(e, "category");
                if (category != null && Math.abs(prob == null ? 1 : prob.asDouble() - thresholdNearest(model, p)) > tol) {
                    assertEquals(category.asText().toUpperCase(), p.category().name(), what + " category");
                    if (boxes != null) {
                        assertEquals(boxes.size(), p.boxes().size(), what + " boxes");
                        for (int b = 0; b < boxes.size(); b++) {
                            double[] exp = box(boxes.get(b));
                            Box got = p.boxes().get(b);
                            assertEquals(exp[0], got.x0(), 1e-6, what + " box " + b + " x0");
                            assertEquals(exp[1], got.y0(), 1e-6, what + " box " + b + " y0");
                            assertEquals(exp[2], got.x1(), 1e-6, what + " box " + b + " x1");
                            assertEquals(exp[3], got.y1(), 1e-6, what + " box " + b + " y1");
                            assertEquals(exp[4], got.score(), tol, what + " box " + b + " score");
                        }
                    }
                }
            }
        }
    }

    /** The operating-point threshold closest to p (a category right at a threshold is not comparable). */
    private static double thresholdNearest(LoadedModel m, Prediction p) {
        double d = m.card().operatingPoints().doubt().threshold();
        double q = m.card().operatingPoints().positive().threshold();
        return Math.abs(p.probability() - d) < Math.abs(p.probability() - q) ? d : q;
    }

    private static float[] heatmapOf(OrtEnvironment env, OrtSession session, String input, String output,
                                     float[] tensor, int size) throws Exception {
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(tensor), new long[] {1, 1, size, size});
             OrtSession.Result r = session.run(Map.of(input, t))) {
            FloatBuffer fb = ((OnnxTensor) r.get(output).orElseThrow()).getFloatBuffer();
            float[] out = new float[fb.remaining()];
            fb.get(out);
            return out;
        }
    }

    private static List<JsonNode> entries(JsonNode golden) {
        JsonNode list = golden.isArray() ? golden : first(golden, "images", "items", "entries", "cases", "samples");
        if (list == null || !list.isArray()) {
            fail("golden file has no image list (expected key 'images')");
        }
        List<JsonNode> out = new ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    private static int[] sourceSize(JsonNode e) {
        if (e.has("width") && e.has("height")) {
            return new int[] {e.get("width").asInt(), e.get("height").asInt()};
        }
        JsonNode s = first(e, "source_size", "size", "source");
        if (s != null && s.isArray() && s.size() == 2) {
            return new int[] {s.get(0).asInt(), s.get(1).asInt()};
        }
        if (s != null && s.has("width")) {
            return new int[] {s.get("width").asInt(), s.get("height").asInt()};
        }
        return null;
    }

    private static double[] box(JsonNode b) {
        if (b.isArray()) {
            return new double[] {b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble(),
                    b.get(4).asDouble()};
        }
        return new double[] {first(b, "x0", "xmin").asDouble(), first(b, "y0", "ymin").asDouble(),
                first(b, "x1", "xmax").asDouble(), first(b, "y1", "ymax").asDouble(), b.get("score").asDouble()};
    }

    private static void flatten(JsonNode n, List<Double> out) {
        if (n.isArray()) {
            n.forEach(c -> flatten(c, out));
        } else {
            out.add(n.asDouble());
        }
    }

    private static String text(JsonNode e, String... keys) {
        JsonNode n = first(e, keys);
        if (n == null) {
            fail("golden entry without an image id: " + e);
        }
        return n.asText();
    }

    private static JsonNode first(JsonNode e, String... keys) {
        for (String k : keys) {
            if (e.has(k) && !e.get(k).isNull()) {
                return e.get(k);
            }
        }
        return null;
    }
}

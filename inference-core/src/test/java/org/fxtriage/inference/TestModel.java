package org.fxtriage.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.fxtriage.inference.image.GreyImage;

/**
 * The test model written by src/test/python/make_test_model.py (conv 3×3 → ReLU → conv 8×8/8 = heatmap,
 * mean = logit) and a plain-loop Java forward pass of it, independent of ONNX Runtime and DJL.
 */
public final class TestModel {
    public static final String NAME = "test-conv";
    public static final String VERSION = "0.1.0";

    private TestModel() {
    }

    public static Path packageDir() {
        return resource("models/" + NAME + "/" + VERSION);
    }

    public static Path resource(String name) {
        try {
            var url = TestModel.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new IllegalStateException("test resource " + name + " missing: run make_test_model.py");
            }
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Repository root (Surefire runs in the module folder). */
    public static Path repoRoot() {
        Path p = Paths.get("").toAbsolutePath();
        return Files.exists(p.resolve("inference-core")) ? p : p.getParent();
    }

    /** Shared data folder (system property fxtriage.shared, else ../shared next to the repo). */
    public static Path shared() {
        String prop = System.getProperty("fxtriage.shared");
        return prop != null ? Paths.get(prop) : repoRoot().resolve("../shared").normalize();
    }

    /** A deterministic synthetic radiograph-like image: bright "bones" on a dark background. */
    public static GreyImage syntheticImage(int w, int h, long seed) {
        java.util.Random r = new java.util.Random(seed);
        float[] v = new float[w * h];
        double cx = w * (0.3 + 0.4 * r.nextDouble());
        double cy = h * (0.3 + 0.4 * r.nextDouble());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.hypot((x - cx) / w, (y - cy) / h);
                double bone = Math.exp(-d * d * 18) * 0.8;
                v[y * w + x] = (float) Math.min(1, Math.max(0, 0.1 + bone + 0.05 * r.nextGaussian()));
            }
        }
        return new GreyImage(w, h, v);
    }

    /** Plain-loop forward pass: {@code input} is the normalised [1, size, size] tensor. */
    public static final class ReferenceForward {
        final float[] w1;
        final float[] b1;
        final float[] w2;
        final float[] b2;
        public final int size;
        public final int stride;
        final int channels;

        public ReferenceForward() {
            try {
                JsonNode j = new ObjectMapper().readTree(Files.readAllBytes(resource("test-conv-weights.json")));
                w1 = floats(j.get("w1"));
                b1 = floats(j.get("b1"));
                w2 = floats(j.get("w2"));
                b2 = floats(j.get("b2"));
                size = j.get("size").asInt();
                stride = j.get("stride").asInt();
                channels = j.get("channels").asInt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static float[] floats(JsonNode a) {
            float[] f = new float[a.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) a.get(i).asDouble();
            }
            return f;
        }

        /** Returns {logit, heatmap[0..g*g)} as doubles: element 0 is the logit. */
        public double[] forward(float[] input) {
            int s = size;
            double[][] act = new double[channels][s * s];
            for (int o = 0; o < channels; o++) {
                for (int y = 0; y < s; y++) {
                    for (int x = 0; x < s; x++) {
                        double acc = b1[o];
                        for (int dy = -1; dy <= 1; dy++) {
                            for (int dx = -1; dx <= 1; dx++) {
                                int yy = y + dy;
                                int xx = x + dx;
                                if (yy >= 0 && yy < s && xx >= 0 && xx < s) {
                                    acc += (double) w1[o * 9 + (dy + 1) * 3 + (dx + 1)] * input[yy * s + xx];
                                }
                            }
                        }
                        act[o][y * s + x] = Math.max(0, acc);
                    }
                }
            }
            int g = s / stride;
            double[] out = new double[1 + g * g];
            double sum = 0;
            for (int gy = 0; gy < g; gy++) {
                for (int gx = 0; gx < g; gx++) {
                    double acc = b2[0];
                    for (int c = 0; c < channels; c++) {
                        for (int ky = 0; ky < stride; ky++) {
                            for (int kx = 0; kx < stride; kx++) {
                                acc += (double) w2[(c * stride + ky) * stride + kx]
                                        * act[c][(gy * stride + ky) * s + gx * stride + kx];
                            }
                        }
                    }
                    out[1 + gy * g + gx] = acc;
                    sum += acc;
                }
            }
            out[0] = sum / (g * g);
            return out;
        }
    }
}

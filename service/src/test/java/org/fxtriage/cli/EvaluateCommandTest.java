package org.fxtriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.fxtriage.inference.image.DisplayImageDecoder;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelLoader;
import org.fxtriage.inference.model.RuntimeOptions;
import org.fxtriage.inference.predict.Box;
import org.fxtriage.inference.predict.ImageContext;
import org.fxtriage.inference.predict.Prediction;
import org.fxtriage.inference.predict.PredictorPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evaluate on a synthetic labelled folder. The test scores its images first through the library, then
 * chooses labels and boxes so that the expected AUC, sensitivities and localisation hit rate are known
 * (computed here by brute force), and checks the command's last JSON line against them.
 */
class EvaluateCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int N = 16;
    static final String[] KEYS = {"n", "positives", "auc", "auc_ci95", "sens_at_doubt", "spec_at_doubt",
            "sens_at_positive", "spec_at_positive", "ece", "loc_hit_rate", "images_per_s"};

    @TempDir
    static Path work;
    static List<Path> files = new ArrayList<>();
    static List<Prediction> predictions = new ArrayList<>();

    @BeforeAll
    static void scoreCandidates() throws Exception {
        Path pool = Files.createDirectories(work.resolve("pool"));
        for (int i = 0; i < N; i++) {
            Path f = pool.resolve(String.format("IMG%04d.png", i));
            ImageIO.write(blobImage(80 + 5 * i, 110 - 3 * i, i), "png", f.toFile());
            files.add(f);
        }
        try (LoadedModel m = new ModelLoader(RuntimeOptions.defaults()).load(CliTestSupport.testModel());
             PredictorPool p = PredictorPool.open(m, RuntimeOptions.defaults())) {
            for (Path f : files) {
                predictions.add(p.predict(DisplayImageDecoder.decode(f), ImageContext.unknown()));
            }
        }
    }

    /** Bright elliptical "bone" on a dark noisy background, position varying with the seed. */
    static BufferedImage blobImage(int w, int h, int seed) {
        java.util.Random r = new java.util.Random(seed);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        double cx = w * (0.2 + 0.6 * r.nextDouble());
        double cy = h * (0.2 + 0.6 * r.nextDouble());
        double k = 5 + 30 * r.nextDouble();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.hypot((x - cx) / w, (y - cy) / h);
                double v = 0.1 + 0.85 * Math.exp(-d * d * k) + 0.05 * r.nextGaussian();
                img.getRaster().setSample(x, y, 0, (int) Math.round(255 * Math.min(1, Math.max(0, v))));
            }
        }
        return img;
    }

    /** Writes the FracAtlas layout with the given labels; returns the folder. */
    static Path folder(String name, int[] label, String[] split) throws Exception {
        Path root = work.resolve(name);
        Files.createDirectories(root.resolve("images/Fractured"));
        Files.createDirectories(root.resolve("images/Non_fractured"));
        Files.createDirectories(root.resolve("labels"));
        StringBuilder boxes = new StringBuilder("image_id,box_index,label,xmin,ymin,xmax,ymax\n");
        StringBuilder meta = new StringBuilder("image_id,path,label,split\n");
        for (int i = 0; i < N; i++) {
            String id = files.get(i).getFileName().toString();
            String sub = label[i] == 1 ? "Fractured" : "Non_fractured";
            Files.copy(files.get(i), root.resolve("images").resolve(sub).resolve(id));
            meta.append(id).append(",images/").append(sub).append('/').append(id).append(',').append(label[i])
                    .append(',').append(split == null ? "train" : split[i]).append('\n');
            if (label[i] == 1) {
                // Ground truth = the model's own top box for even images (a hit), a far corner box otherwise.
                List<Box> b = predictions.get(i).boxes();
                Box gt = i % 2 == 0 && !b.isEmpty() ? b.get(0) : new Box(0, 0, 2, 2, 1);
                boxes.append(String.format(java.util.Locale.ROOT, "%s,0,fractured,%.4f,%.4f,%.4f,%.4f%n", id,
                        gt.x0(), gt.y0(), gt.x1(), gt.y1()));
            }
        }
        Files.writeString(root.resolve("labels/boxes.csv"), boxes);
        Files.writeString(root.resolve("labels/metadata.csv"), meta);
        return root;
    }

    static JsonNode evaluate(Path root, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("evaluate", "--model", CliTestSupport.testModel().toString(),
                "--images", root.toString(), "--bootstrap", "200", "--batch", "4"));
        args.addAll(List.of(extra));
        var r = CliTestSupport.run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err() + r.out());
        assertTrue(r.out().contains("AUC"), "readable summary before the JSON line: " + r.out());
        JsonNode j = JSON.readTree(r.lastLine());
        for (String k : KEYS) {
            assertTrue(j.has(k), "key " + k + " in " + j);
        }
        return j;
    }

    /** Labels by rank of the model's probability; {@code pattern} says which ranks are fractured. */
    static int[] labelsByRank(String pattern) {
        Integer[] order = new Integer[N];
        for (int i = 0; i < N; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(predictions.get(a).probability(),
                predictions.get(b).probability()));
        int[] label = new int[N];
        for (int rank = 0; rank < N; rank++) {
            label[order[rank]] = pattern.charAt(rank) == '1' ? 1 : 0;
        }
        return label;
    }

    static double[] probs(int[] keep) {
        double[] p = new double[keep.length];
        for (int i = 0; i < keep.length; i++) {
            p[i] = predictions.get(keep[i]).probability();
        }
        return p;
    }

    @Test
    void perfectOrderingGivesAucOne() throws Exception {
        JsonNode j = evaluate(folder("perfect", labelsByRank("0000000000001111"), null));
        assertEquals(N, j.get("n").asInt());
        assertEquals(4, j.get("positives").asInt());
        assertEquals(1.0, j.get("auc").asDouble(), 1e-9);
        assertTrue(j.get("auc_ci95").get(0).asDouble() <= 1.0);
    }

    @Test
    void knownMixedOrderingGivesItsAucAndOperatingPoints() throws Exception {
        int[] label = labelsByRank("0010010001010111");
        JsonNode j = evaluate(folder("mixed", label, null));
        double[] p = new double[N];
        int hitsExpected = 0;
        int eligible = 0;
        for (int i = 0; i < N; i++) {
            p[i] = predictions.get(i).probability();
            if (label[i] == 1) {
                eligible++;
                if (i % 2 == 0 && !predictions.get(i).boxes().isEmpty()) {
                    hitsExpected++;
                }
            }
        }
        assertEquals(EvaluationMetricsTest.pairCount(p, label), j.get("auc").asDouble(), 1e-6);
        // Threshold metrics recomputed from the card's thresholds (0.42 doubt, 0.435 positive).
        assertEquals(EvaluationMetrics.sensitivity(p, label, 0.42), j.get("sens_at_doubt").asDouble(), 1e-6);
        assertEquals(EvaluationMetrics.specificity(p, label, 0.435), j.get("spec_at_positive").asDouble(), 1e-6);
        assertTrue(hitsExpected > 0 && hitsExpected < eligible, "the fixture has both hits and misses");
        assertEquals((double) hitsExpected / eligible, j.get("loc_hit_rate").asDouble(), 1e-6);
        double lo = j.get("auc_ci95").get(0).asDouble();
        double hi = j.get("auc_ci95").get(1).asDouble();
        assertTrue(lo <= j.get("auc").asDouble() && j.get("auc").asDouble() <= hi, j.toString());
    }

    @Test
    void splitSelectsRowsOfMetadataCsv() throws Exception {
        int[] label = labelsByRank("0101010101010101");
        String[] split = new String[N];
        List<Integer> val = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            split[i] = i % 3 == 0 ? "train" : "val";
            if (split[i].equals("val")) {
                val.add(i);
            }
        }
        JsonNode j = evaluate(folder("split", label, split), "--split", "val");
        assertEquals(val.size(), j.get("n").asInt());
        int[] keep = val.stream().mapToInt(Integer::intValue).toArray();
        int[] y = new int[keep.length];
        for (int k = 0; k < keep.length; k++) {
            y[k] = label[keep[k]];
        }
        assertEquals(EvaluationMetricsTest.pairCount(probs(keep), y), j.get("auc").asDouble(), 1e-6);
    }

    @Test
    void withoutBoxesTheHitRateIsNull() throws Exception {
        Path root = folder("noboxes", labelsByRank("0000000011111111"), null);
        Files.delete(root.resolve("labels/boxes.csv"));
        JsonNode j = evaluate(root);
        assertTrue(j.get("loc_hit_rate").isNull());
    }

    @Test
    void splitWithoutMetadataIsAUsageError() throws Exception {
        Path root = folder("nometa", labelsByRank("0000000011111111"), null);
        Files.delete(root.resolve("labels/metadata.csv"));
        var r = CliTestSupport.run("evaluate", "--model", CliTestSupport.testModel().toString(), "--images",
                root.toString(), "--split", "val");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("metadata.csv"), r.err());
    }
}

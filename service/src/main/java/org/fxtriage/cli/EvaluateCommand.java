package org.fxtriage.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fxtriage.inference.image.ImageSources;
import org.fxtriage.inference.image.SourceImage;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelCard;
import org.fxtriage.inference.model.ModelLoader;
import org.fxtriage.inference.model.ModelPackageException;
import org.fxtriage.inference.model.RuntimeOptions;
import org.fxtriage.inference.predict.Box;
import org.fxtriage.inference.predict.ImageContext;
import org.fxtriage.inference.predict.Prediction;
import org.fxtriage.inference.predict.PredictorPool;

/**
 * {@code evaluate --model DIR --images DIR [--split NAME]}: scores a labelled folder through exactly the
 * runtime's pipeline (same decoder, recipe, DJL predictor pool with batching, calibration, boxes), prints a
 * readable summary and, as the last line, one JSON object with the metrics. Depends on nothing but the
 * folder and the package.
 */
final class EvaluateCommand {
    /** A top box "hits" when it overlaps a ground-truth box with at least this IoU. */
    static final double HIT_IOU = 0.1;

    private final CommandLine cl;
    private final ImageSources sources;


    EvaluateCommand(List<String> args, ImageSources sources) throws UsageException {
        this.cl = new CommandLine(args, Set.of("model", "images", "split", "device", "threads", "batch", "workers",
                "max-delay-ms", "bootstrap", "seed", "decoders"));
        this.sources = sources;
        if (cl.get("images") == null) {
            throw new UsageException("evaluate needs --images DIR");
        }
        if (!cl.positional().isEmpty()) {
            throw new UsageException("evaluate takes no positional arguments: " + cl.positional());
        }
    }

    private record Scored(LabelledFolder.Item item, Prediction prediction, String error) {
    }

    int run(PrintStream out, PrintStream err) throws UsageException, ModelPackageException, IOException,
            InterruptedException {
        RuntimeOptions options = RuntimeFlags.options(cl, 1);
        Path modelDir = RuntimeFlags.modelDir(cl);
        String split = cl.get("split");
        LabelledFolder folder = LabelledFolder.read(Paths.get(cl.get("images")), split);
        int resamples = cl.getInt("bootstrap", 1000, 0);
        long seed = cl.getInt("seed", 20261129, 0);
        int decoders = cl.getInt("decoders", Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 1);

        List<Scored> scored = new ArrayList<>();
        double seconds;
        ModelCard card;
        try (LoadedModel model = new ModelLoader(options).load(modelDir);
             PredictorPool pool = PredictorPool.open(model, options)) {
            card = model.card();
            ExecutorService decode = Executors.newFixedThreadPool(decoders, r -> {
                Thread t = new Thread(r, "decode");
                t.setDaemon(true);
                return t;
            });
            long t0 = System.nanoTime();
            try {
                // Decoders feed the pool (whose bounded queue throttles them); results are collected in order.
                List<Future<CompletableFuture<Prediction>>> submitted = new ArrayList<>();
                for (LabelledFolder.Item item : folder.items()) {
                    submitted.add(decode.submit(() -> {
                        long d0 = System.nanoTime();
                        SourceImage img = sources.read(item.file());
                        return pool.submit(img.image(), ImageContext.of(img), System.nanoTime() - d0);
                    }));
                }
                for (int i = 0; i < submitted.size(); i++) {
                    LabelledFolder.Item item = folder.items().get(i);
                    try {
                        scored.add(new Scored(item, PredictorPool.await(submitted.get(i).get()), null));
                    } catch (java.util.concurrent.ExecutionException e) {
                        scored.add(new Scored(item, null, e.getCause().getMessage()));
                    } catch (org.fxtriage.inference.predict.PredictionException e) {
                        scored.add(new Scored(item, null, e.getMessage()));
                    }
                }
            } finally {
                decode.shutdownNow();
            }
            seconds = (System.nanoTime() - t0) / 1e9;
        }

        List<Scored> ok = scored.stream().filter(s -> s.prediction() != null && s.prediction().analysed()).toList();
        List<Scored> failed = scored.stream().filter(s -> s.prediction() == null || !s.prediction().analysed()).toList();
        for (Scored f : failed) {
            err.println("not scored: " + f.item().file() + ": "
                    + (f.error() != null ? f.error() : f.prediction().reason()));
        }
        int n = ok.size();
        double[] p = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = ok.get(i).prediction().probability();
            y[i] = ok.get(i).item().label();
        }
        int positives = 0;
        for (int v : y) {
            positives += v;
        }
        double doubt = card.operatingPoints().doubt().threshold();
        double positive = card.operatingPoints().positive().threshold();
        double auc = EvaluationMetrics.auc(p, y);
        double[] ci = resamples > 0 ? EvaluationMetrics.aucBootstrapCi(p, y, resamples, seed)
                : new double[] {Double.NaN, Double.NaN};
        Double hitRate = locHitRate(ok, folder.hasBoxes());

        ObjectNode json = PredictionJson.MAPPER.createObjectNode();
        json.put("n", n);
        json.put("positives", positives);
        num(json, "auc", auc);
        var ciNode = json.putArray("auc_ci95");
        ciNode.add(round(ci[0]));
        ciNode.add(round(ci[1]));
        num(json, "sens_at_doubt", EvaluationMetrics.sensitivity(p, y, doubt));
        num(json, "spec_at_doubt", EvaluationMetrics.specificity(p, y, doubt));
        num(json, "sens_at_positive", EvaluationMetrics.sensitivity(p, y, positive));
        num(json, "spec_at_positive", EvaluationMetrics.specificity(p, y, positive));
        num(json, "ece", EvaluationMetrics.ece(p, y, 10));
        if (hitRate == null) {
            json.putNull("loc_hit_rate");
        } else {
            num(json, "loc_hit_rate", hitRate);
        }
        json.put("images_per_s", Math.round(scored.size() / seconds * 10) / 10.0);
        json.put("failed", failed.size());
        json.put("model", card.id());
        if (split != null) {
            json.put("split", split);
        }

        out.printf(Locale.ROOT, "model      %s (%s, %s)%n", card.id(), modelDir, options.device());
        out.printf(Locale.ROOT, "images     %s%s: %d scored (%d fractured, %d not), %d failed%n", folder.root(),
                split == null ? "" : " split " + split, n, positives, n - positives, failed.size());
        out.printf(Locale.ROOT, "AUC        %.4f  (95%% bootstrap CI %.4f–%.4f, %d resamples)%s%n", auc, ci[0], ci[1],
                resamples, card.metrics() != null && card.metrics().path("val").has("auc")
                        ? "; card, val: " + card.metrics().path("val").get("auc") : "");
        printOp(out, "doubt", doubt, p, y, card.operatingPoints().doubt());
        printOp(out, "positive", positive, p, y, card.operatingPoints().positive());
        out.printf(Locale.ROOT, "ECE        %.4f (10 bins)%n", EvaluationMetrics.ece(p, y, 10));
        out.println("loc. hits  " + (hitRate == null ? "n/a (no labels/boxes.csv)"
                : String.format(Locale.ROOT, "%.4f (top box IoU >= %.1f with a true box, fractured images with boxes)",
                hitRate, HIT_IOU)));
        out.printf(Locale.ROOT, "throughput %.1f images/s (%d images in %.1f s, decode + inference)%n",
                scored.size() / seconds, scored.size(), seconds);
        out.println(json.toString());
        return n > 0 ? 0 : 1;
    }

    private static void printOp(PrintStream out, String name, double t, double[] p, int[] y, ModelCard.OperatingPoint op) {
        out.printf(Locale.ROOT, "%-10s p >= %.3f: sensitivity %.4f, specificity %.4f (card, val: %s / %s)%n", name, t,
                EvaluationMetrics.sensitivity(p, y, t), EvaluationMetrics.specificity(p, y, t),
                op.sensitivity(), op.specificity());
    }

    /**
     * Fraction of fractured images with ground-truth boxes whose top predicted box overlaps one of them
     * with IoU ≥ 0.1 (no predicted box = miss); null when the folder has no boxes.
     */
    static Double locHitRate(List<Scored> scored, boolean hasBoxes) {
        if (!hasBoxes) {
            return null;
        }
        int eligible = 0;
        int hits = 0;
        for (Scored s : scored) {
            if (s.item().label() != 1 || s.item().truth().isEmpty()) {
                continue;
            }
            eligible++;
            List<Box> boxes = s.prediction().boxes();
            if (!boxes.isEmpty()) {
                Box top = boxes.get(0);
                if (s.item().truth().stream().anyMatch(t -> top.iou(t) >= HIT_IOU)) {
                    hits++;
                }
            }
        }
        return eligible == 0 ? null : (double) hits / eligible;
    }

    private static void num(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, round(v));
        }
    }

    private static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 1e6) / 1e6;
    }
}

package org.fxtriage.inference.predict;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.image.Letterbox;
import org.fxtriage.inference.image.PreprocessingRecipe;
import org.fxtriage.inference.model.ModelCard;

/**
 * The DJL translator of a model card: a batch of display images → {@code [N, 1, size, size]} by the card's
 * recipe; logit and heatmap → calibrated probability, category and boxes in source pixels.
 *
 * <p>It translates whole batches itself ({@link NoBatchifyTranslator}) rather than using DJL's stacking
 * batchifier: the ONNX Runtime engine's NDArrays do not implement {@code stack}/{@code split} without a
 * second engine, and writing each image straight into the batch buffer saves a copy.
 *
 * <p>Per-item preprocess/postprocess times are reported in the predictions' {@link StageTimings}; the
 * caller fills in decode, queue and infer time.
 */
public final class TriageTranslator implements NoBatchifyTranslator<List<GreyImage>, List<Prediction>> {
    private static final String STATE = "fxtriage.batch";

    private final ModelCard card;
    private final PreprocessingRecipe recipe;
    private final TriagePolicy policy;
    private final List<String> outputOrder;

    /**
     * @param outputOrder the graph's output names in session order (DJL hands outputs over in this order)
     */
    public TriageTranslator(ModelCard card, List<String> outputOrder) {
        this.card = card;
        this.recipe = card.recipe();
        this.policy = TriagePolicy.of(card);
        this.outputOrder = List.copyOf(outputOrder);
    }

    private record BatchState(Letterbox[] geometry, long[] preprocessNanos) {
    }

    @Override
    public NDList processInput(TranslatorContext ctx, List<GreyImage> images) {
        int n = images.size();
        int size = recipe.size();
        int plane = size * size;
        float[] batch = new float[n * plane];
        Letterbox[] geometry = new Letterbox[n];
        long[] pre = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            geometry[i] = recipe.applyInto(images.get(i), batch, i * plane);
            pre[i] = System.nanoTime() - t0;
        }
        ctx.setAttachment(STATE, new BatchState(geometry, pre));
        NDArray array = ctx.getNDManager().create(FloatBuffer.wrap(batch), new Shape(n, 1, size, size));
        array.setName(card.input().name());
        return new NDList(array);
    }

    @Override
    public List<Prediction> processOutput(TranslatorContext ctx, NDList list) {
        BatchState state = (BatchState) ctx.getAttachment(STATE);
        int n = state.geometry().length;
        float[] logits = output(list, card.outputs().logit().name()).toFloatArray();
        ModelCard.Heatmap hm = card.outputs().heatmap();
        float[] heat = hm == null ? null : output(list, hm.name()).toFloatArray();
        if (logits.length != n) {
            throw new IllegalStateException("model returned " + logits.length + " logits for a batch of " + n);
        }
        List<Prediction> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            double logit = logits[i];
            double p = policy.probability(logit);
            Category category = policy.category(p);
            List<Box> boxes = List.of();
            if (heat != null && category != Category.NEGATIVE) {
                int cells = hm.gridHeight() * hm.gridWidth();
                boxes = HeatmapBoxes.extract(heat, i * cells, hm.gridHeight(), hm.gridWidth(), hm.stride(),
                        state.geometry()[i], hm.boxThreshold() == null ? 0.5 : hm.boxThreshold(),
                        hm.minBoxAreaCells() == null ? 1 : hm.minBoxAreaCells());
            }
            long post = System.nanoTime() - t0;
            out.add(new Prediction(category, null, p, logit, boxes, card.name(), card.version(),
                    new StageTimings(0, 0, state.preprocessNanos()[i], 0, post, n)));
        }
        return out;
    }

    /** An output by name; DJL names ORT outputs, but fall back to the session's output order. */
    private NDArray output(NDList list, String name) {
        NDArray byName = list.get(name);
        if (byName != null) {
            return byName;
        }
        int idx = outputOrder.indexOf(name);
        if (idx < 0 || idx >= list.size()) {
            throw new IllegalStateException("model output '" + name + "' missing from the result");
        }
        return list.get(idx);
    }
}

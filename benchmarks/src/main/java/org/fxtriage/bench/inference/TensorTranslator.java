package org.fxtriage.bench.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.FloatBuffer;

/**
 * The thinnest DJL translator: an already preprocessed batch in, both outputs copied out as float arrays,
 * i.e. exactly the work the raw {@code OrtSession.run} benchmark does, so the difference is DJL's cost.
 */
final class TensorTranslator implements NoBatchifyTranslator<float[], float[][]> {
    private final long[] shape;
    private final String input;
    private final String logit;
    private final String heatmap;

    TensorTranslator(long[] shape, String input, String logit, String heatmap) {
        this.shape = shape;
        this.input = input;
        this.logit = logit;
        this.heatmap = heatmap;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, float[] batch) {
        NDArray a = ctx.getNDManager().create(FloatBuffer.wrap(batch), new Shape(shape));
        a.setName(input);
        return new NDList(a);
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList list) {
        return new float[][] {list.get(logit).toFloatArray(), list.get(heatmap).toFloatArray()};
    }
}

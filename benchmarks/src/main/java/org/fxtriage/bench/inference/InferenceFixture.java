package org.fxtriage.bench.inference;

import ai.djl.inference.Predictor;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.model.EngineBootstrap;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelCard;
import org.fxtriage.inference.model.ModelLoader;
import org.fxtriage.inference.model.ModelPackageException;
import org.fxtriage.inference.model.RuntimeOptions;
import org.fxtriage.inference.predict.Prediction;
import org.fxtriage.inference.predict.TriageTranslator;

/** One loaded model and the same input batch for the DJL and the raw ONNX Runtime path. */
final class InferenceFixture implements AutoCloseable {
    final LoadedModel model;
    final OrtEnvironment env;
    final OrtSession session;
    final ModelCard card;
    final int batch;
    final float[] tensor;
    final long[] shape;
    final List<GreyImage> images;
    final Predictor<float[], float[][]> djl;
    final Predictor<List<GreyImage>, List<Prediction>> pipeline;

    InferenceFixture(String modelDir, RuntimeOptions options, int batch) throws ModelPackageException {
        // DJL's engine must create the process-wide ORT environment before raw ORT code touches it.
        EngineBootstrap.start();
        Path dir = Paths.get(modelDir);
        this.model = new ModelLoader(options).load(dir);
        this.env = OrtEnvironment.getEnvironment();
        this.session = model.session();
        this.card = model.card();
        this.batch = batch;
        int size = card.input().preprocessing().size();
        this.shape = new long[] {batch, 1, size, size};
        // A radiograph-sized synthetic image (2000 x 2500), preprocessed once by the card's recipe.
        GreyImage img = synthetic(2000, 2500);
        this.images = Collections.nCopies(batch, img);
        float[] one = card.recipe().apply(img).tensor();
        this.tensor = new float[batch * one.length];
        for (int i = 0; i < batch; i++) {
            System.arraycopy(one, 0, tensor, i * one.length, one.length);
        }
        this.djl = model.djlModel().newPredictor(new TensorTranslator(shape, card.input().name(),
                card.outputs().logit().name(), card.outputs().heatmap().name()));
        this.pipeline = model.djlModel().newPredictor(new TriageTranslator(card,
                new ArrayList<>(session.getOutputNames())));
    }

    /** The raw ONNX Runtime path: tensor in, both outputs copied out. */
    float[][] raw() throws OrtException {
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(tensor), shape);
             OrtSession.Result r = session.run(Map.of(card.input().name(), t))) {
            return new float[][] {floats(r, card.outputs().logit().name()), floats(r, card.outputs().heatmap().name())};
        }
    }

    private static float[] floats(OrtSession.Result r, String name) {
        FloatBuffer fb = ((OnnxTensor) r.get(name).orElseThrow()).getFloatBuffer();
        float[] out = new float[fb.remaining()];
        fb.get(out);
        return out;
    }

    static GreyImage synthetic(int w, int h) {
        Random r = new Random(1);
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.hypot((x - w / 2.0) / w, (y - h / 2.0) / h);
                v[y * w + x] = (float) Math.min(1, Math.max(0, 0.1 + 0.8 * Math.exp(-d * d * 12) + 0.03 * r.nextGaussian()));
            }
        }
        return new GreyImage(w, h, v);
    }

    @Override
    public void close() {
        djl.close();
        pipeline.close();
        model.close();
    }
}

package org.fxtriage.inference.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.fxtriage.inference.TestModel;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.image.ModelInput;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelLoader;
import org.fxtriage.inference.model.RuntimeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DJL pipeline (translator + pool) against a plain-loop forward pass of the test model. */
class ReferenceParityTest {
    static LoadedModel model;
    static PredictorPool pool;
    static final TestModel.ReferenceForward REF = new TestModel.ReferenceForward();

    @BeforeAll
    static void load() throws Exception {
        model = new ModelLoader(RuntimeOptions.defaults()).load(TestModel.packageDir());
        pool = PredictorPool.open(model, RuntimeOptions.defaults());
    }

    @AfterAll
    static void close() {
        pool.close();
        model.close();
    }

    @Test
    void logitProbabilityAndCategoryMatchReference() throws Exception {
        TriagePolicy policy = TriagePolicy.of(model.card());
        for (long seed = 1; seed <= 4; seed++) {
            GreyImage img = TestModel.syntheticImage(90 + (int) seed * 17, 120 - (int) seed * 9, seed);
            ModelInput in = model.card().recipe().apply(img);
            double[] ref = REF.forward(in.tensor());
            Prediction p = pool.predict(img, ImageContext.unknown());
            assertEquals(ref[0], p.logit(), 1e-4, "logit, seed " + seed);
            double prob = 1 / (1 + Math.exp(-(ref[0] / 1.5 + 0.1)));
            assertEquals(prob, p.probability(), 1e-4, "calibrated probability, seed " + seed);
            assertEquals(policy.category(prob), p.category());
            assertEquals("test-conv", p.modelName());
            assertEquals("0.1.0", p.modelVersion());
        }
    }

    @Test
    void heatmapMatchesReferenceThroughTheBoxes() throws Exception {
        // The heatmap itself is checked cell by cell through the translator's boxes: recompute boxes from
        // the reference heatmap and compare with what the pipeline reports.
        var hm = model.card().outputs().heatmap();
        int seen = 0;
        for (long seed = 10; seed < 30; seed++) {
            GreyImage img = TestModel.syntheticImage(70 + (int) seed, 50 + 2 * (int) seed, seed);
            ModelInput in = model.card().recipe().apply(img);
            double[] ref = REF.forward(in.tensor());
            float[] cells = new float[ref.length - 1];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = (float) ref[i + 1];
            }
            Prediction p = pool.predict(img, ImageContext.unknown());
            if (p.category() == Category.NEGATIVE) {
                assertEquals(List.of(), p.boxes());
                continue;
            }
            List<Box> expected = HeatmapBoxes.extract(cells, 0, hm.gridHeight(), hm.gridWidth(), hm.stride(),
                    in.geometry(), hm.boxThreshold(), hm.minBoxAreaCells());
            assertEquals(expected.size(), p.boxes().size(), "box count, seed " + seed);
            for (int i = 0; i < expected.size(); i++) {
                Box e = expected.get(i);
                Box a = p.boxes().get(i);
                assertEquals(e.x0(), a.x0(), 1e-9);
                assertEquals(e.y1(), a.y1(), 1e-9);
                assertEquals(e.score(), a.score(), 1e-4);
            }
            seen += expected.size();
        }
        assertNotEquals(0, seen, "the synthetic images should produce some boxes");
    }

    @Test
    void rawSessionHeatmapMatchesReferenceCellByCell() throws Exception {
        GreyImage img = TestModel.syntheticImage(111, 77, 99);
        ModelInput in = model.card().recipe().apply(img);
        double[] ref = REF.forward(in.tensor());
        var env = ai.onnxruntime.OrtEnvironment.getEnvironment();
        try (var t = ai.onnxruntime.OnnxTensor.createTensor(env, java.nio.FloatBuffer.wrap(in.tensor()),
                new long[] {1, 1, 64, 64});
             var r = model.session().run(java.util.Map.of("image", t))) {
            float[][][][] heat = (float[][][][]) r.get("heatmap").orElseThrow().getValue();
            for (int i = 0; i < 64; i++) {
                assertEquals(ref[1 + i], heat[0][0][i / 8][i % 8], 1e-4, "cell " + i);
            }
        }
    }
}

package org.fxtriage.inference.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fxtriage.inference.TestModel;
import org.fxtriage.inference.image.GreyImage;
import org.fxtriage.inference.model.LoadedModel;
import org.fxtriage.inference.model.ModelLoader;
import org.fxtriage.inference.model.RuntimeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The card's intended use (CR/DX; hand … foot; age ≥ 18) through the predictor pool. */
class IntendedUseTest {
    static LoadedModel model;
    static PredictorPool pool;
    static final GreyImage IMAGE = TestModel.syntheticImage(80, 100, 3);

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
    void otherModalityIsNotAnalysedWithReason() throws Exception {
        Prediction p = pool.predict(IMAGE, new ImageContext("CT", "WRIST", 40.0));
        assertEquals(Category.NOT_ANALYSED, p.category());
        assertTrue(p.reason().contains("modality CT"), p.reason());
        assertNull(p.probability(), "no score for an out-of-scope image");
        assertEquals(0, p.boxes().size());
        assertEquals("test-conv", p.modelName());
    }

    @Test
    void bodyPartOutsideListIsNotAnalysed() throws Exception {
        Prediction p = pool.predict(IMAGE, new ImageContext("DX", "SKULL", null));
        assertEquals(Category.NOT_ANALYSED, p.category());
        assertTrue(p.reason().contains("body part SKULL"), p.reason());
    }

    @Test
    void childIsNotAnalysed() throws Exception {
        Prediction p = pool.predict(IMAGE, new ImageContext("CR", "HAND", 9.5));
        assertEquals(Category.NOT_ANALYSED, p.category());
        assertTrue(p.reason().contains("age"), p.reason());
    }

    @Test
    void matchingOrMissingFieldsAreAnalysed() throws Exception {
        Prediction lower = pool.predict(IMAGE, new ImageContext("dx", "wrist ", 18.0));
        assertNotEquals(Category.NOT_ANALYSED, lower.category(), "codes compare case-insensitively");
        Prediction unknown = pool.predict(IMAGE, new ImageContext(null, "", null));
        assertNotEquals(Category.NOT_ANALYSED, unknown.category(), "a missing field is no reason to decline");
        assertEquals(lower.probability(), unknown.probability());
    }
}

package org.fxtriage.inference.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fxtriage.inference.TestModel;
import org.junit.jupiter.api.Test;

/**
 * Decoding + letterbox/area-average against the numpy implementation in make_test_model.py, on synthetic
 * PNGs covering RGB, 8-bit and 16-bit grey, downsampling and upsampling, wide and tall.
 */
class RecipeParityTest {

    @Test
    void letterboxMatchesNumpyWithin1e6() throws Exception {
        Path dir = TestModel.resource("recipe");
        JsonNode expected = new ObjectMapper().readTree(Files.readAllBytes(dir.resolve("expected.json")));
        int checked = 0;
        for (JsonNode c : expected.get("cases")) {
            String file = c.get("file").asText();
            GreyImage img = DisplayImageDecoder.decode(dir.resolve(file));
            assertEquals(c.get("width").asInt(), img.width(), file);
            assertEquals(c.get("height").asInt(), img.height(), file);
            int size = c.get("size").asInt();
            Letterbox g = Letterbox.of(img.width(), img.height(), size);
            assertEquals(c.get("nw").asInt(), g.scaledWidth(), file + " nw");
            assertEquals(c.get("nh").asInt(), g.scaledHeight(), file + " nh");
            assertEquals(c.get("ox").asInt(), g.offsetX(), file + " ox");
            assertEquals(c.get("oy").asInt(), g.offsetY(), file + " oy");
            float[] out = PreprocessingRecipe.letterbox(img, g, expected.get("pad_value").asDouble());
            JsonNode lb = c.get("letterbox");
            assertEquals(size * size, lb.size());
            for (int i = 0; i < out.length; i++) {
                assertEquals(lb.get(i).asDouble(), out[i], 1e-6, file + " pixel " + i);
            }
            checked++;
        }
        assertEquals(4, checked);
    }

    @Test
    void normalisationUsesCardMeanAndStdAndPadsWithPadValue() {
        GreyImage img = new GreyImage(4, 2, new float[] {0, 0, 1, 1, 0, 0, 1, 1});
        ModelInput in = new PreprocessingRecipe(4, 0.25, 0.5, 0.25).apply(img);
        // 4x2 -> 4x2 at oy = 1: rows 0 and 3 are padding.
        assertEquals(1, in.geometry().offsetY());
        assertEquals((0.25 - 0.5) / 0.25, in.tensor()[0], 1e-7);
        assertEquals((0.0 - 0.5) / 0.25, in.tensor()[4], 1e-7);
        assertEquals((1.0 - 0.5) / 0.25, in.tensor()[7], 1e-7);
        assertEquals((0.25 - 0.5) / 0.25, in.tensor()[15], 1e-7);
    }

    @Test
    void areaAverageKeepsTheMeanOfAConstantAndOfAnExactDownscale() {
        // 6x6 -> 3x3: each output pixel is the plain mean of a 2x2 block.
        float[] v = new float[36];
        for (int i = 0; i < 36; i++) {
            v[i] = i / 35f;
        }
        GreyImage img = new GreyImage(6, 6, v);
        float[] out = PreprocessingRecipe.letterbox(img, Letterbox.of(6, 6, 3), 0);
        double block = (v[0] + v[1] + v[6] + v[7]) / 4.0;
        assertEquals(block, out[0], 1e-7);
        double last = (v[28] + v[29] + v[34] + v[35]) / 4.0;
        assertEquals(last, out[8], 1e-7);
    }

    @Test
    void geometryRoundsHalfUpAndMapsBackToSourcePixels() {
        Letterbox g = Letterbox.of(410, 512, 256);
        assertEquals(205, g.scaledWidth());
        assertEquals(256, g.scaledHeight());
        assertEquals(25, g.offsetX());
        assertEquals(0, g.offsetY());
        assertEquals(0, g.toSourceX(25), 1e-12);
        assertEquals(410, g.toSourceX(230), 1e-9);
        assertEquals(0, g.toSourceX(3), 0, "canvas padding maps to the image edge");
        // 3 x 1 at size 4: 4/3*1 = 1.333 -> 1; 4/3 * 3 = 4.
        Letterbox thin = Letterbox.of(3, 1, 4);
        assertEquals(4, thin.scaledWidth());
        assertEquals(1, thin.scaledHeight());
        // 5 x 3 at size 16: 3 * 3.2 = 9.6 -> 10.
        assertEquals(10, Letterbox.of(5, 3, 16).scaledHeight());
        // 2 x 1 at size 5: 1 * 2.5 = 2.5 -> 3 (half up, not banker's rounding).
        assertEquals(3, Letterbox.of(2, 1, 5).scaledHeight());
    }
}

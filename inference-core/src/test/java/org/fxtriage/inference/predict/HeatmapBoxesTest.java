package org.fxtriage.inference.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fxtriage.inference.image.Letterbox;
import org.junit.jupiter.api.Test;

class HeatmapBoxesTest {
    static final float ON = 3f;   // sigmoid ≈ 0.95
    static final float HI = 5f;   // sigmoid ≈ 0.993
    static final float OFF = -3f;

    private static float[] grid(String... rows) {
        float[] g = new float[rows.length * rows[0].length()];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length(); c++) {
                char ch = rows[r].charAt(c);
                g[r * rows[0].length() + c] = ch == '#' ? ON : ch == '@' ? HI : OFF;
            }
        }
        return g;
    }

    @Test
    void eightConnectedComponentsBecomeBoxesInSourcePixelsSortedByScore() {
        float[] g = grid(
                "#...",
                ".#..",
                "...@",
                "...@");
        // Source 200 x 100 on a 64 canvas: nw 64, nh 32, oy 16; stride 16.
        Letterbox lb = Letterbox.of(200, 100, 64);
        List<Box> boxes = HeatmapBoxes.extract(g, 0, 4, 4, 16, lb, 0.5, 1);
        assertEquals(2, boxes.size());
        Box top = boxes.get(0);   // the '@' pair scores higher
        assertEquals(1 / (1 + Math.exp(-HI)), top.score(), 1e-9);
        assertEquals(48 * 200.0 / 64, top.x0(), 1e-9);
        assertEquals(200, top.x1(), 1e-9);
        assertEquals((32 - 16) * 100.0 / 32, top.y0(), 1e-9);
        assertEquals(100, top.y1(), 1e-9, "bottom padding row clipped to the image");
        Box diag = boxes.get(1);  // diagonal neighbours are one component
        assertEquals(0, diag.x0(), 1e-9);
        assertEquals(32 * 200.0 / 64, diag.x1(), 1e-9);
        assertEquals(0, diag.y0(), 1e-9, "top padding row clipped to 0");
        assertEquals((32 - 16) * 100.0 / 32, diag.y1(), 1e-9);
    }

    @Test
    void smallComponentsAreDroppedAndBoxesInPaddingVanish() {
        float[] g = grid(
                "#..#",
                "...#",
                "....",
                "....");
        Letterbox lb = Letterbox.of(100, 100, 64);
        assertEquals(1, HeatmapBoxes.extract(g, 0, 4, 4, 16, lb, 0.5, 2).size());
        // Wide image: rows 0 lies entirely in padding -> a box of zero height is not reported.
        Letterbox wide = Letterbox.of(400, 100, 64);   // nh 16, oy 24
        float[] pad = grid("#...", "....", "....", "....");
        assertEquals(List.of(), HeatmapBoxes.extract(pad, 0, 4, 4, 16, wide, 0.5, 1));
    }
}

package org.fxtriage.service.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import org.fxtriage.dicom.pixel.DisplayRaster;
import org.fxtriage.service.worklist.BoxResult;
import org.fxtriage.service.worklist.ImageResult;
import org.fxtriage.service.worklist.TriageCategory;
import org.junit.jupiter.api.Test;

/** Boxes land where the model put them on the downsampled raster: solid red when positive, dotted amber for doubt. */
class OverlayDrawingTest {

    private static ImageResult image(TriageCategory category, BoxResult box) {
        return new ImageResult("1.2.3.4", "1.2.3", "1.2.840.10008.5.1.4.1.1.1", "1.2.840.10008.1.2.1", "CR", "HAND",
                Instant.EPOCH, category, 0.9, null, List.of(box), "m", "1", null, Instant.EPOCH, 10L);
    }

    /** A 100 × 50 mid-grey raster standing for a 400 × 200 stored image (scale 4). */
    private static DisplayRaster raster() {
        float[] v = new float[100 * 50];
        java.util.Arrays.fill(v, 0.5f);
        return new DisplayRaster(100, 50, v, 400, 200, 0, "test");
    }

    private static int countColour(BufferedImage img, int rgb, int x0, int x1, int y) {
        int n = 0;
        for (int x = x0; x <= x1; x++) {
            n += (img.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
        }
        return n;
    }

    @Test
    void aPositiveBoxIsASolidRedRectangleScaledToTheRaster() {
        // Source box (80,40)-(240,160) → raster (20,10)-(60,40).
        BufferedImage img = OverlayController.draw(raster(), image(TriageCategory.POSITIVE, new BoxResult(80, 40, 240, 160, 0.9)));
        assertEquals(100, img.getWidth());
        int red = OverlayController.POSITIVE.getRGB() & 0xFFFFFF;
        assertEquals(41, countColour(img, red, 20, 60, 10), "top edge drawn all along");
        assertEquals(0xFFFFFF & img.getRGB(40, 25), 0xFFFFFF & img.getRGB(5, 5), "inside the box the image is untouched");
        assertEquals(0, countColour(img, red, 0, 99, 3), "nothing drawn outside the box");
    }

    @Test
    void aDoubtBoxIsDottedAmber() {
        BufferedImage img = OverlayController.draw(raster(), image(TriageCategory.DOUBT, new BoxResult(80, 40, 240, 160, 0.5)));
        int amber = OverlayController.DOUBT.getRGB() & 0xFFFFFF;
        int onEdge = countColour(img, amber, 20, 60, 10);
        assertTrue(onEdge > 5 && onEdge < 35, "dotted: part of the edge, not all of it (" + onEdge + " of 41)");
        assertEquals(0, countColour(img, OverlayController.POSITIVE.getRGB() & 0xFFFFFF, 0, 99, 10));
    }
}

package org.fxtriage.dicom.pixel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pipeline on synthetic pixel data whose display values can be worked out by hand. */
class PixelPipelineTest {
    private static final double EPS = 1e-6;

    private static PixelData.Native words(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            b.putShort((short) v);
        }
        return new PixelData.Native(ByteRegion.of(b.array()));
    }

    private static PixelData.Native bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return new PixelData.Native(ByteRegion.of(b));
    }

    private static float[] render(PixelDescription d, PixelData data) throws IOException {
        return PixelPipeline.render(d, data, RenderOptions.defaults()).unitValues();
    }

    private static double linearExact(double x, double c, double w) {
        return Math.max(0, Math.min(1, (x - c) / w + 0.5));
    }

    @Test
    void signed16BitValuesKeepTheirOrderAndSign() throws IOException {
        PixelDescription d = PixelDescription.builder().size(1, 4).bits(16, 16).pixelRepresentation(1)
                .windows(List.of(new Window(0, 4000))).voiLutFunction(VoiLutFunction.LINEAR_EXACT).build();
        float[] v = render(d, words(-2000, -1000, 0, 1999));
        assertEquals(0.0, v[0], EPS);
        assertEquals(linearExact(-1000, 0, 4000), v[1], EPS);
        assertEquals(0.5, v[2], EPS);
        assertEquals(linearExact(1999, 0, 4000), v[3], EPS);
    }

    @Test
    void signed12BitStoredIsSignExtendedAndGarbageBitsIgnored() throws IOException {
        // -5 in 12-bit two's complement is 0xFFB; the top nibble carries garbage (overlay bits, PS3.5 §8.1.1).
        PixelDescription d = PixelDescription.builder().size(1, 3).bits(16, 12).pixelRepresentation(1)
                .rescale(1, 100, null).windows(List.of(new Window(100, 200))).voiLutFunction(VoiLutFunction.LINEAR_EXACT)
                .build();
        float[] v = render(d, words(0xAFFB, 0x5005, 0xF800));
        assertEquals(linearExact(95, 100, 200), v[0], EPS);
        assertEquals(linearExact(105, 100, 200), v[1], EPS);
        assertEquals(0.0, v[2], EPS); // -2048 + 100 far below the window
    }

    @Test
    void unsigned12BitStoredMasksHighBits() throws IOException {
        PixelDescription d = PixelDescription.builder().size(1, 2).bits(16, 12)
                .windows(List.of(new Window(2048, 4096))).voiLutFunction(VoiLutFunction.LINEAR_EXACT).build();
        float[] garbage = render(d, words(0xF123, 0x8FFF));
        float[] clean = render(d, words(0x0123, 0x0FFF));
        assertArrayEquals(clean, garbage);
        assertEquals(linearExact(0x123, 2048, 4096), garbage[0], EPS);
    }

    @Test
    void highBitAboveBitsStoredShiftsValuesDown() throws IOException {
        // Bits stored 12 in bits 4..15 (high bit 15): the low nibble is not part of the value.
        PixelDescription d = PixelDescription.builder().size(1, 2).bits(16, 12, 15)
                .windows(List.of(new Window(2048, 4096))).voiLutFunction(VoiLutFunction.LINEAR_EXACT).build();
        float[] v = render(d, words(0x123 << 4 | 0xF, 0xFFF << 4));
        assertEquals(linearExact(0x123, 2048, 4096), v[0], EPS);
        assertEquals(linearExact(0xFFF, 2048, 4096), v[1], EPS);
    }

    @Test
    void rleKeepsTheStoredBitPositionsLikeNativeData() throws IOException {
        // Bits stored 12, high bit 15: RLE codes the whole 16-bit word, so the shift applies as for native data.
        int word = 0x123 << 4 | 0xF;
        byte[] fragment = RleDecoderTest.encodeFrame(new byte[][] {{(byte) (word >> 8)}, {(byte) word}});
        PixelDescription d = PixelDescription.builder().size(1, 1).bits(16, 12, 15).transferSyntaxUid(PixelCodec.RLE_LOSSLESS)
                .windows(List.of(new Window(2048, 4096))).voiLutFunction(VoiLutFunction.LINEAR_EXACT).build();
        PixelData data = new PixelData.Encapsulated(ByteRegion.of(new byte[0]), List.of(ByteRegion.of(fragment)));
        assertEquals(linearExact(0x123, 2048, 4096), PixelPipeline.render(d, data, RenderOptions.defaults()).value(0, 0), EPS);
    }

    @Test
    void rescaleSlopeAndInterceptFeedTheWindow() throws IOException {
        PixelDescription d = PixelDescription.builder().size(1, 1).bits(16, 12).rescale(2, -50, "HU")
                .windows(List.of(new Window(150, 100))).voiLutFunction(VoiLutFunction.LINEAR_EXACT).build();
        assertEquals(0.5, render(d, words(100))[0], EPS);
    }

    @Test
    void modalityLutSequenceTakesPrecedenceOverRescale() throws IOException {
        LookupTable lut = new LookupTable(10, 12, new int[] {0, 1000, 2000, 3000}, "test");
        PixelDescription d = PixelDescription.builder().size(1, 4).bits(16, 8).rescale(5, 5, null).modalityLut(lut)
                .windows(List.of(new Window(2000, 4000))).voiLutFunction(VoiLutFunction.LINEAR_EXACT).build();
        float[] v = render(d, words(9, 11, 12, 200));
        assertEquals(linearExact(0, 2000, 4000), v[0], EPS); // below the first mapped value: first entry
        assertEquals(linearExact(1000, 2000, 4000), v[1], EPS);
        assertEquals(0.5, v[2], EPS);
        assertEquals(linearExact(3000, 2000, 4000), v[3], EPS); // past the end: last entry
    }

    @Test
    void voiLutSequenceMapsToItsOutputRange() throws IOException {
        LookupTable voi = new LookupTable(0, 8, new int[] {0, 51, 255}, null);
        PixelDescription d = PixelDescription.builder().size(1, 3).bits(8, 8).voiLuts(List.of(voi)).build();
        float[] v = render(d, bytes(0, 1, 2));
        assertEquals(0, v[0], EPS);
        assertEquals(0.2, v[1], EPS);
        assertEquals(1, v[2], EPS);
    }

    @Test
    void voiLutFunctionsAtKnownPoints() {
        // PS3.3 C.11.2.1.2.1 LINEAR: below c - 0.5 - (w-1)/2 → ymin, above c - 0.5 + (w-1)/2 → ymax.
        VoiLutFunction linear = VoiLutFunction.LINEAR;
        assertEquals(0, linear.apply(74.5, 100, 51), EPS);
        assertEquals(1, linear.apply(124.5, 100, 51), EPS);
        assertEquals(1, linear.apply(124.6, 100, 51), EPS);
        assertEquals(0.5, linear.apply(99.5, 100, 51), EPS);
        assertEquals(0.51, linear.apply(100, 100, 51), EPS);
        // C.11.2.1.3.2 LINEAR_EXACT: straight from c - w/2 to c + w/2, no half-pixel offsets.
        VoiLutFunction exact = VoiLutFunction.LINEAR_EXACT;
        assertEquals(0, exact.apply(75, 100, 50), EPS);
        assertEquals(0.25, exact.apply(87.5, 100, 50), EPS);
        assertEquals(0.5, exact.apply(100, 100, 50), EPS);
        assertEquals(1, exact.apply(125, 100, 50), EPS);
        // C.11.2.1.3.1 SIGMOID: 1 / (1 + exp(-4 (x - c) / w)).
        VoiLutFunction sigmoid = VoiLutFunction.SIGMOID;
        assertEquals(0.5, sigmoid.apply(100, 100, 50), EPS);
        assertEquals(1 / (1 + Math.exp(-2)), sigmoid.apply(125, 100, 50), EPS);
        assertEquals(1 / (1 + Math.exp(2)), sigmoid.apply(75, 100, 50), EPS);
        assertTrue(sigmoid.apply(1e6, 100, 50) <= 1 && sigmoid.apply(-1e6, 100, 50) >= 0);
    }

    @Test
    void sigmoidFunctionFromTheFileIsApplied() throws IOException {
        PixelDescription d = PixelDescription.builder().size(1, 2).bits(16, 12)
                .windows(List.of(new Window(1000, 400))).voiLutFunction(VoiLutFunction.SIGMOID).build();
        float[] v = render(d, words(1000, 1100));
        assertEquals(0.5, v[0], EPS);
        assertEquals(1 / (1 + Math.exp(-1)), v[1], EPS);
    }

    @Test
    void monochrome1IsInvertedSoHighValuesAreDark() throws IOException {
        PixelDescription.Builder b = PixelDescription.builder().size(1, 3).bits(16, 10)
                .windows(List.of(new Window(512, 1024))).voiLutFunction(VoiLutFunction.LINEAR_EXACT);
        float[] mono2 = render(b.photometric(Photometric.MONOCHROME2).build(), words(0, 256, 1023));
        float[] mono1 = render(b.photometric(Photometric.MONOCHROME1).build(), words(0, 256, 1023));
        for (int i = 0; i < 3; i++) {
            assertEquals(1 - mono2[i], mono1[i], EPS);
        }
        assertTrue(mono1[0] > mono1[2], "MONOCHROME1: minimum value is white");
        // DX (PS3.3 C.8.11.6.1.2): MONOCHROME1 carries Presentation LUT Shape INVERSE; that is one inversion, not two.
        float[] mono1Inverse = render(b.photometric(Photometric.MONOCHROME1)
                .presentationLutShape(PresentationLutShape.INVERSE).build(), words(0, 256, 1023));
        assertArrayEquals(mono1, mono1Inverse);
        float[] mono2Inverse = render(b.photometric(Photometric.MONOCHROME2)
                .presentationLutShape(PresentationLutShape.INVERSE).build(), words(0, 256, 1023));
        assertArrayEquals(mono1, mono2Inverse);
    }

    private static final int[][] RGB = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {10, 200, 30}};

    private static double luma(int[] rgb) {
        return (299 * rgb[0] + 587 * rgb[1] + 114 * rgb[2]) / 1000.0 / 255.0;
    }

    @Test
    void rgbColourByPixelAndByPlaneGiveTheSameLuma() throws IOException {
        int[] byPixel = new int[12];
        int[] byPlane = new int[12];
        for (int p = 0; p < 4; p++) {
            for (int c = 0; c < 3; c++) {
                byPixel[p * 3 + c] = RGB[p][c];
                byPlane[c * 4 + p] = RGB[p][c];
            }
        }
        PixelDescription.Builder b = PixelDescription.builder().size(2, 2).samplesPerPixel(3)
                .photometric(Photometric.RGB).bits(8, 8);
        float[] v0 = render(b.planarConfiguration(0).build(), bytes(byPixel));
        float[] v1 = render(b.planarConfiguration(1).build(), bytes(byPlane));
        for (int p = 0; p < 4; p++) {
            assertEquals(luma(RGB[p]), v0[p], EPS);
            assertEquals(luma(RGB[p]), v1[p], EPS);
        }
    }

    @Test
    void ybrFullUsesTheLuminanceComponent() throws IOException {
        // Y, Cb, Cr per pixel: chroma must not leak into the grey value.
        PixelDescription d = PixelDescription.builder().size(1, 2).samplesPerPixel(3)
                .photometric(Photometric.YBR_FULL).bits(8, 8).build();
        float[] v = render(d, bytes(51, 0, 255, 204, 255, 0));
        assertEquals(0.2, v[0], EPS);
        assertEquals(0.8, v[1], EPS);
    }

    @Test
    void ybrFull422KeepsBothLuminanceSamplesOfAPair() throws IOException {
        PixelDescription d = PixelDescription.builder().size(1, 4).samplesPerPixel(3)
                .photometric(Photometric.YBR_FULL_422).bits(8, 8).build();
        float[] v = render(d, bytes(0, 51, 128, 128, 102, 255, 0, 255));
        assertArrayEquals(new float[] {0f, 0.2f, 0.4f, 1f}, v, 1e-6f);
    }

    @Test
    void multiFrameRendersTheChosenFrame() throws IOException {
        PixelDescription d = PixelDescription.builder().size(2, 2).bits(16, 12).numberOfFrames(3)
                .windows(List.of(new Window(2048, 4096))).voiLutFunction(VoiLutFunction.LINEAR_EXACT).build();
        PixelData data = words(100, 100, 100, 100, 2048, 2048, 2048, 2048, 4000, 4000, 4000, 4000);
        assertEquals(linearExact(100, 2048, 4096), PixelPipeline.render(d, data, RenderOptions.defaults()).value(1, 1), EPS);
        DisplayRaster second = PixelPipeline.render(d, data, RenderOptions.defaults().withFrame(1));
        assertEquals(0.5, second.value(0, 0), EPS);
        assertEquals(1, second.frame());
        assertEquals(linearExact(4000, 2048, 4096),
                PixelPipeline.render(d, data, RenderOptions.defaults().withFrame(2)).value(0, 1), EPS);
        assertThrows(IllegalArgumentException.class, () -> PixelPipeline.render(d, data, RenderOptions.defaults().withFrame(3)));
    }

    @Test
    void multiFrameRleFindsFramesByOffsetTableAndByFragmentCount() throws IOException {
        byte[] f0 = RleDecoderTest.encodeFrame(new byte[][] {{10, 10, 10, 10}});
        byte[] f1 = RleDecoderTest.encodeFrame(new byte[][] {{(byte) 200, (byte) 200, (byte) 200, (byte) 200}});
        PixelDescription d = PixelDescription.builder().size(2, 2).bits(8, 8).numberOfFrames(2)
                .transferSyntaxUid(PixelCodec.RLE_LOSSLESS).windows(List.of(new Window(128, 256)))
                .voiLutFunction(VoiLutFunction.LINEAR_EXACT).build();
        PixelData noTable = new PixelData.Encapsulated(ByteRegion.of(new byte[0]), List.of(ByteRegion.of(f0), ByteRegion.of(f1)));
        ByteBuffer table = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(0).putInt(8 + f0.length);
        PixelData withTable = new PixelData.Encapsulated(ByteRegion.of(table.array()), List.of(ByteRegion.of(f0), ByteRegion.of(f1)));
        for (PixelData data : List.of(noTable, withTable)) {
            assertEquals(linearExact(200, 128, 256),
                    PixelPipeline.render(d, data, RenderOptions.defaults().withFrame(1)).value(1, 1), EPS);
            assertEquals(linearExact(10, 128, 256),
                    PixelPipeline.render(d, data, RenderOptions.defaults().withFrame(0)).value(1, 1), EPS);
        }
    }

    @Test
    void downsamplingIsTheAreaAverageOfTheFullSizeRaster() throws IOException {
        int w = 37;
        int h = 23;
        int[] pixels = new int[w * h];
        Random random = new Random(7);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt(4096);
        }
        PixelDescription d = PixelDescription.builder().size(h, w).bits(16, 12)
                .windows(List.of(new Window(2048, 4096))).voiLutFunction(VoiLutFunction.LINEAR_EXACT).build();
        DisplayRaster full = PixelPipeline.render(d, words(pixels), RenderOptions.defaults());
        DisplayRaster small = PixelPipeline.render(d, words(pixels), RenderOptions.defaults().withMaxDimension(10));
        // Recipe sizes: scale 10/37 → 10 x round(23 * 10/37 = 6.2) = 6.
        assertEquals(10, small.width());
        assertEquals(6, small.height());
        assertEquals(w, small.sourceColumns());
        assertEquals(h, small.sourceRows());
        for (int j = 0; j < 6; j++) {
            for (int i = 0; i < 10; i++) {
                // Brute force: overlap of every source pixel with the output cell, divided by the cell area.
                double x0 = i * (double) w / 10;
                double x1 = (i + 1) * (double) w / 10;
                double y0 = j * (double) h / 6;
                double y1 = (j + 1) * (double) h / 6;
                double sum = 0;
                for (int y = 0; y < h; y++) {
                    double oy = Math.max(0, Math.min(y + 1, y1) - Math.max(y, y0));
                    for (int x = 0; x < w; x++) {
                        double ox = Math.max(0, Math.min(x + 1, x1) - Math.max(x, x0));
                        sum += ox * oy * full.value(x, y);
                    }
                }
                assertEquals(sum / ((x1 - x0) * (y1 - y0)), small.value(i, j), 1e-6);
            }
        }
        DisplayRaster same = PixelPipeline.render(d, words(pixels), RenderOptions.defaults().withMaxDimension(37));
        assertArrayEquals(full.unitValues(), same.unitValues());
    }

    @Test
    void automaticWindowsSpanTheChosenRange() throws IOException {
        // 0 (padding) and 4095 (saturation) once each, the anatomy between 1000 and 3000.
        int[] px = new int[1000];
        for (int i = 0; i < px.length; i++) {
            px[i] = 1000 + (i * 2000) / (px.length - 1);
        }
        px[0] = 0;
        px[1] = 4095;
        PixelDescription d = PixelDescription.builder().size(1, px.length).bits(16, 12).build();
        DisplayRaster ignoring = PixelPipeline.render(d, words(px), RenderOptions.defaults());
        assertTrue(ignoring.voiDescription().contains("min_max_ignoring_extremes"), ignoring.voiDescription());
        // Second-smallest value (the first anatomy value after px[0..1]) is black, second-largest white.
        assertEquals(1.0, ignoring.value(px.length - 1, 0), EPS);
        assertEquals(0.0, ignoring.value(0, 0), EPS);
        int secondSmallest = px[2];
        assertEquals(0.0, ignoring.value(2, 0), EPS, "second smallest value " + secondSmallest + " maps to black");
        DisplayRaster minMax = PixelPipeline.render(d, words(px), RenderOptions.defaults().withAutoWindow(AutoWindow.MIN_MAX));
        assertEquals(1000 / 4095.0, minMax.value(3, 0) , 0.01);
        DisplayRaster percentile = PixelPipeline.render(d, words(px),
                RenderOptions.defaults().withAutoWindow(AutoWindow.PERCENTILE_0_5));
        assertTrue(percentile.value(500, 0) > 0.45 && percentile.value(500, 0) < 0.55);
    }

    @Test
    void truncatedNativeDataIsATypedError() {
        PixelDescription d = PixelDescription.builder().size(4, 4).bits(16, 12).build();
        CorruptPixelDataException e = assertThrows(CorruptPixelDataException.class,
                () -> PixelPipeline.render(d, words(1, 2, 3), RenderOptions.defaults()));
        assertTrue(e.getMessage().contains("frame 0"), e.getMessage());
    }

    @Test
    void unsupportedImagesAreTypedErrors() {
        assertThrows(UnsupportedPixelDataException.class, () -> PixelPipeline.render(
                PixelDescription.builder().size(1, 1).bits(32, 32).build(), words(0, 0), RenderOptions.defaults()));
        assertThrows(UnsupportedPixelDataException.class, () -> PixelPipeline.render(
                PixelDescription.builder().size(1, 1).bits(8, 8).photometric(Photometric.PALETTE_COLOR).build(),
                bytes(0), RenderOptions.defaults()));
        assertThrows(UnsupportedPixelDataException.class, () -> PixelPipeline.render(
                PixelDescription.builder().size(1, 1).bits(8, 8).transferSyntaxUid(PixelCodec.JPEG_LS_LOSSLESS).build(),
                bytes(0), RenderOptions.defaults()));
        assertThrows(UnsupportedPixelDataException.class, () -> Photometric.parse("HSV"));
        assertThrows(UnsupportedPixelDataException.class, () -> VoiLutFunction.parse("LOG"));
    }

    @Test
    void grey8RoundsToNearestLevel() {
        DisplayRaster r = new DisplayRaster(3, 1, new float[] {0f, 0.5f, 1f}, 3, 1, 0, "test");
        assertArrayEquals(new byte[] {0, (byte) 128, (byte) 255}, r.toGrey8());
    }
}

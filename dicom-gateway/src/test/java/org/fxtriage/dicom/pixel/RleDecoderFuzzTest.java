package org.fxtriage.dicom.pixel;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Fuzz target for the RLE decoder: arbitrary fragments must decode or fail with our typed
 * {@link PixelDataException}; anything else (index out of bounds, negative array size, OOM) is a bug.
 * Input layout: byte 0 → width 1..64, byte 1 → height 1..64, byte 2 bit 0 → 1 or 3 samples,
 * bit 1 → 8 or 16 bits allocated; the rest is the fragment. Regression seeds in
 * {@code RleDecoderFuzzTestInputs/decode}; {@code JAZZER_FUZZ=1 mvn test -Dtest=RleDecoderFuzzTest} fuzzes.
 */
class RleDecoderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void decode(byte[] input) {
        if (input.length < 3) {
            return;
        }
        int width = 1 + (input[0] & 63);
        int height = 1 + (input[1] & 63);
        int samples = (input[2] & 1) == 0 ? 1 : 3;
        int bits = (input[2] & 2) == 0 ? 8 : 16;
        byte[] fragment = Arrays.copyOfRange(input, 3, input.length);
        try {
            SampleRaster r = RleDecoder.decode(fragment, width, height, samples, bits);
            int[] row = new int[r.width()];
            for (int b = 0; b < r.bands(); b++) {
                for (int y = 0; y < r.height(); y++) {
                    r.readRow(y, b, row);
                }
            }
        } catch (PixelDataException expected) {
            // typed refusal: the only acceptable failure
        }
    }
}

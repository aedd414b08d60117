package org.fxtriage.dicom.pixel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RLE Lossless, PS3.5 Annex G: round trips through a reference PackBits encoder and malformed input. */
class RleDecoderTest {

    /** PackBits per PS3.5 G.3.1 (runs of 3+ replicated, the rest literal, at most 128 per run). */
    static byte[] packBits(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < in.length) {
            int run = 1;
            while (i + run < in.length && run < 128 && in[i + run] == in[i]) {
                run++;
            }
            if (run >= 3) {
                out.write(1 - run);
                out.write(in[i]);
                i += run;
                continue;
            }
            int start = i;
            int len = 0;
            while (i < in.length && len < 128) {
                if (i + 2 < in.length && in[i] == in[i + 1] && in[i] == in[i + 2]) {
                    break;
                }
                i++;
                len++;
            }
            out.write(len - 1);
            out.write(in, start, len);
        }
        return out.toByteArray();
    }

    /** A frame fragment: 64-byte header, then each segment (byte planes, MSB first). */
    static byte[] encodeFrame(byte[][] planes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(planes.length);
        for (byte[] plane : planes) {
            header.putInt(64 + body.size());
            byte[] seg = packBits(plane);
            body.write(seg, 0, seg.length);
            if ((seg.length & 1) != 0) {
                body.write(0); // even-length padding, which a decoder must ignore
            }
        }
        byte[] out = Arrays.copyOf(header.array(), 64 + body.size());
        System.arraycopy(body.toByteArray(), 0, out, 64, body.size());
        return out;
    }

    private static int[] decode(byte[] fragment, int w, int h, int spp, int bits) throws PixelDataException {
        SampleRaster r = RleDecoder.decode(fragment, w, h, spp, bits);
        int[] out = new int[w * h * spp];
        int[] row = new int[w];
        for (int b = 0; b < spp; b++) {
            for (int y = 0; y < h; y++) {
                r.readRow(y, b, row);
                System.arraycopy(row, 0, out, (b * h + y) * w, w);
            }
        }
        return out;
    }

    @Test
    void decodes16BitFromMsbAndLsbSegments() throws PixelDataException {
        int w = 50;
        int h = 7;
        int[] values = new int[w * h];
        Random random = new Random(1);
        byte[] msb = new byte[values.length];
        byte[] lsb = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < 100 ? 0x0ABC : random.nextInt(65536);
            msb[i] = (byte) (values[i] >> 8);
            lsb[i] = (byte) values[i];
        }
        assertArrayEquals(values, decode(encodeFrame(new byte[][] {msb, lsb}), w, h, 1, 16));
    }

    @Test
    void decodesRgb8BitAsPlanes() throws PixelDataException {
        byte[] r = {1, 2, 3, 4, 5, 6};
        byte[] g = {9, 9, 9, 9, 9, 9};
        byte[] b = {(byte) 255, 0, (byte) 255, 0, (byte) 255, 0};
        int[] got = decode(encodeFrame(new byte[][] {r, g, b}), 3, 2, 3, 8);
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 9, 9, 9, 9, 9, 9, 255, 0, 255, 0, 255, 0}, got);
    }

    @Test
    void handEncodedSegmentWithNoOpAndRuns() throws PixelDataException {
        // literal 2 bytes (n=1), no-op (-128), replicate 0x07 three times (n=-2), literal 1 byte.
        byte[] seg = {1, 10, 20, -128, -2, 7, 0, 30};
        byte[] fragment = new byte[64 + seg.length];
        fragment[0] = 1;
        fragment[4] = 64;
        System.arraycopy(seg, 0, fragment, 64, seg.length);
        assertArrayEquals(new int[] {10, 20, 7, 7, 7, 30}, decode(fragment, 6, 1, 1, 8));
    }

    private static byte[] valid8Bit() {
        return encodeFrame(new byte[][] {{1, 2, 3, 4, 5, 6, 7, 8}});
    }

    private static void assertCorrupt(byte[] fragment, int w, int h, int spp, int bits, String expect) {
        CorruptPixelDataException e = assertThrows(CorruptPixelDataException.class,
                () -> RleDecoder.decode(fragment, w, h, spp, bits));
        assertTrue(e.getMessage().contains(expect), e.getMessage());
    }

    @Test
    void malformedFragmentsAreTypedErrors() {
        assertCorrupt(new byte[10], 2, 2, 1, 8, "shorter than its 64-byte header");
        assertCorrupt(valid8Bit(), 4, 2, 1, 16, "declares 1 segments");
        byte[] offsetPastEnd = valid8Bit();
        offsetPastEnd[4] = (byte) 200;
        assertCorrupt(offsetPastEnd, 4, 2, 1, 8, "outside the fragment");
        byte[] belowHeader = valid8Bit();
        belowHeader[4] = 10;
        assertCorrupt(belowHeader, 4, 2, 1, 8, "outside the fragment");
        // Image needs more pixels than the segment holds (the pad byte then reads as a run header).
        assertCorrupt(valid8Bit(), 4, 4, 1, 8, "RLE segment 0");
        assertCorrupt(encodeFrame(new byte[][] {{1, 2, 3, 4, 5, 6, 7}}), 4, 4, 1, 8, "ends after 7 of 16");
        // Literal run claiming more bytes than remain.
        byte[] longLiteral = Arrays.copyOf(valid8Bit(), 66);
        longLiteral[64] = 100;
        assertCorrupt(longLiteral, 4, 2, 1, 8, "passes the end");
        // Replicate run header as the last byte, with no value byte.
        byte[] dangling = Arrays.copyOf(valid8Bit(), 65);
        dangling[64] = -3;
        assertCorrupt(dangling, 4, 2, 1, 8, "ends after");
        // Offsets out of order.
        byte[] descending = encodeFrame(new byte[][] {{1, 1, 1, 1}, {2, 2, 2, 2}});
        descending[8] = 63;
        assertCorrupt(descending, 2, 2, 1, 16, "outside the fragment");
        byte[] swapped = encodeFrame(new byte[][] {{1, 2, 3, 4}, {5, 6, 7, 8}});
        int second = swapped[8] & 0xFF;
        swapped[4] = (byte) second;
        swapped[8] = 64;
        assertCorrupt(swapped, 2, 2, 1, 16, "not ascending");
    }

    @Test
    void unsupportedBitDepthIsTyped() {
        assertThrows(UnsupportedPixelDataException.class, () -> RleDecoder.decode(valid8Bit(), 2, 2, 1, 32));
    }
}

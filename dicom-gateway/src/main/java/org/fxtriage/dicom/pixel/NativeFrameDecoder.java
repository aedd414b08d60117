package org.fxtriage.dicom.pixel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Reads one native (uncompressed) frame, PS3.5 §8.1.1 and §8.2.1 (YBR_FULL_422), straight into its raster. */
final class NativeFrameDecoder {
    /** Read buffer size: a multiple of 4 so 16-bit words and 4-byte 422 groups never straddle chunks. */
    private static final int CHUNK = 1 << 18;

    private NativeFrameDecoder() {
    }

    static SampleRaster decode(PixelDescription d, ByteRegion bytes, ByteOrder order, int frame) throws IOException {
        long frameLength = d.nativeFrameLength();
        long start = frameLength * frame;
        if (bytes.length() < start + frameLength) {
            throw new CorruptPixelDataException("Native pixel data hold " + bytes.length() + " bytes but frame " + frame
                    + " needs bytes " + start + ".." + (start + frameLength) + " (" + d.rows() + "x" + d.columns()
                    + ", " + d.samplesPerPixel() + " samples, " + d.bitsAllocated() + " bits allocated)");
        }
        int w = d.columns();
        int h = d.rows();
        int spp = d.samplesPerPixel();
        ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(CHUNK, frameLength));
        if (d.photometric() == Photometric.YBR_FULL_422) {
            return decodeYbr422(d, bytes, start, frameLength, chunk);
        }
        Object array;
        if (d.bitsAllocated() == 8) {
            byte[] a = new byte[(int) frameLength];
            int[] at = {0};
            bytes.readChunks(start, frameLength, chunk, c -> {
                int n = c.remaining();
                c.get(a, at[0], n);
                at[0] += n;
            });
            array = a;
        } else {
            short[] a = new short[(int) (frameLength / 2)];
            int[] at = {0};
            bytes.readChunks(start, frameLength, chunk, c -> {
                int n = c.remaining() / 2;
                c.order(order).asShortBuffer().get(a, at[0], n);
                at[0] += n;
            });
            array = a;
        }
        if (spp == 1 || d.planarConfiguration() == 0) {
            return SampleRaster.interleaved(w, h, spp, array);
        }
        return SampleRaster.planar(w, h, spp, array);
    }

    /**
     * YBR_FULL_422 native data (PS3.3 C.7.6.3.1.2): pairs of pixels as Y1 Y2 Cb Cr. We keep the
     * luminance only: Y is already the grey value we want (ITU-R 601 luma).
     */
    private static SampleRaster decodeYbr422(PixelDescription d, ByteRegion bytes, long start, long frameLength,
                                             ByteBuffer chunk) throws IOException {
        if (d.bitsAllocated() != 8 || (d.columns() & 1) != 0) {
            throw new UnsupportedPixelDataException("YBR_FULL_422 native data are supported with 8 bits and an even number of columns only");
        }
        byte[] y = new byte[d.rows() * d.columns()];
        int[] at = {0};
        bytes.readChunks(start, frameLength, chunk, c -> {
            while (c.remaining() >= 4) {
                y[at[0]++] = c.get();
                y[at[0]++] = c.get();
                c.get();
                c.get();
            }
        });
        return SampleRaster.interleaved(d.columns(), d.rows(), 1, y);
    }
}

package org.fxtriage.dicom.pixel;

/**
 * RLE Lossless decoder, PS3.5 Annex G. A frame is one fragment: a 64-byte header (number of
 * segments, then 15 segment offsets, all 32-bit little endian) and the segments, each a PackBits
 * stream of one byte plane (per sample, most significant byte first).
 * Every length and offset is checked before use: malformed input gives a
 * {@link CorruptPixelDataException}, never an out-of-bounds access.
 */
final class RleDecoder {
    static final int HEADER_LENGTH = 64;
    static final int MAX_SEGMENTS = 15;

    private RleDecoder() {
    }

    /**
     * Decodes one frame.
     *
     * @param fragment the RLE fragment of this frame (header + segments)
     */
    static SampleRaster decode(byte[] fragment, int width, int height, int samplesPerPixel, int bitsAllocated)
            throws PixelDataException {
        if (bitsAllocated != 8 && bitsAllocated != 16) {
            throw new UnsupportedPixelDataException("RLE with " + bitsAllocated + " bits allocated is not supported");
        }
        if ((long) width * height > PixelLimits.MAX_PIXELS_PER_FRAME || width <= 0 || height <= 0) {
            throw new UnsupportedPixelDataException("RLE frame of " + width + "x" + height + " is out of range");
        }
        int bytesPerSample = bitsAllocated / 8;
        int expectedSegments = samplesPerPixel * bytesPerSample;
        if (fragment.length < HEADER_LENGTH) {
            throw new CorruptPixelDataException("RLE fragment of " + fragment.length + " bytes is shorter than its 64-byte header");
        }
        long segments = u32(fragment, 0);
        if (segments != expectedSegments) {
            throw new CorruptPixelDataException("RLE header declares " + segments + " segments, the image needs "
                    + expectedSegments + " (" + samplesPerPixel + " samples x " + bytesPerSample + " bytes)");
        }
        int[] starts = new int[expectedSegments];
        int[] ends = new int[expectedSegments];
        for (int s = 0; s < expectedSegments; s++) {
            long offset = u32(fragment, 4 + 4 * s);
            if (offset < HEADER_LENGTH || offset > fragment.length) {
                throw new CorruptPixelDataException("RLE segment " + s + " offset " + offset + " lies outside the fragment ("
                        + fragment.length + " bytes)");
            }
            if (s > 0 && offset < starts[s - 1]) {
                throw new CorruptPixelDataException("RLE segment offsets are not ascending at segment " + s);
            }
            starts[s] = (int) offset;
        }
        for (int s = 0; s < expectedSegments; s++) {
            ends[s] = s + 1 < expectedSegments ? starts[s + 1] : fragment.length;
        }
        int pixels = width * height;
        // PackBits expands at most 64-fold (2 bytes → 128): refuse before allocating for a header that lies.
        for (int s = 0; s < expectedSegments; s++) {
            if ((long) (ends[s] - starts[s]) * 64 < pixels) {
                throw new CorruptPixelDataException("RLE segment " + s + " of " + (ends[s] - starts[s])
                        + " bytes cannot hold " + pixels + " pixels");
            }
        }
        if (bitsAllocated == 8) {
            byte[] out = new byte[pixels * samplesPerPixel];
            for (int s = 0; s < samplesPerPixel; s++) {
                decodeSegment(fragment, starts[s], ends[s], out, s * pixels, pixels, s);
            }
            return samplesPerPixel == 1 ? SampleRaster.interleaved(width, height, 1, out)
                    : SampleRaster.planar(width, height, samplesPerPixel, out);
        }
        short[] out = new short[pixels * samplesPerPixel];
        for (int s = 0; s < samplesPerPixel; s++) {
            decodeSegment(fragment, starts[2 * s], ends[2 * s], out, s * pixels, pixels, 8, 2 * s);
            decodeSegment(fragment, starts[2 * s + 1], ends[2 * s + 1], out, s * pixels, pixels, 0, 2 * s + 1);
        }
        return samplesPerPixel == 1 ? SampleRaster.interleaved(width, height, 1, out)
                : SampleRaster.planar(width, height, samplesPerPixel, out);
    }

    /**
     * PackBits (PS3.5 G.3.1): header byte n; 0..127 copy the next n+1 bytes; -1..-127 repeat the next
     * byte 1-n times; -128 is a no-op. Output beyond {@code count} (the even-length pad byte that
     * some encoders turn into a run) is dropped; output short of {@code count} is an error.
     */
    static void decodeSegment(byte[] src, int start, int end, byte[] dst, int dstOffset, int count, int segment)
            throws CorruptPixelDataException {
        int i = start;
        int o = 0;
        while (o < count) {
            if (i >= end) {
                throw shortSegment(segment, o, count);
            }
            int n = src[i++];
            if (n >= 0) {
                int len = n + 1;
                if (len > end - i) {
                    throw new CorruptPixelDataException("RLE segment " + segment + ": literal run of " + len
                            + " bytes passes the end of the segment");
                }
                int take = Math.min(len, count - o);
                System.arraycopy(src, i, dst, dstOffset + o, take);
                i += len;
                o += take;
            } else if (n != -128) {
                if (i >= end) {
                    throw shortSegment(segment, o, count);
                }
                byte value = src[i++];
                int take = Math.min(1 - n, count - o);
                java.util.Arrays.fill(dst, dstOffset + o, dstOffset + o + take, value);
                o += take;
            }
        }
    }

    /** As {@link #decodeSegment(byte[], int, int, byte[], int, int, int)}, OR-ing each byte into {@code dst} at bit {@code shift}. */
    static void decodeSegment(byte[] src, int start, int end, short[] dst, int dstOffset, int count, int shift,
                              int segment) throws CorruptPixelDataException {
        int i = start;
        int o = 0;
        while (o < count) {
            if (i >= end) {
                throw shortSegment(segment, o, count);
            }
            int n = src[i++];
            if (n >= 0) {
                int len = n + 1;
                if (len > end - i) {
                    throw new CorruptPixelDataException("RLE segment " + segment + ": literal run of " + len
                            + " bytes passes the end of the segment");
                }
                int take = Math.min(len, count - o);
                for (int k = 0; k < take; k++) {
                    int p = dstOffset + o + k;
                    dst[p] = (short) (dst[p] | ((src[i + k] & 0xFF) << shift));
                }
                i += len;
                o += take;
            } else if (n != -128) {
                if (i >= end) {
                    throw shortSegment(segment, o, count);
                }
                int bits = (src[i++] & 0xFF) << shift;
                int take = Math.min(1 - n, count - o);
                for (int k = 0; k < take; k++) {
                    int p = dstOffset + o + k;
                    dst[p] = (short) (dst[p] | bits);
                }
                o += take;
            }
        }
    }

    private static CorruptPixelDataException shortSegment(int segment, int produced, int count) {
        return new CorruptPixelDataException("RLE segment " + segment + " ends after " + produced + " of " + count + " bytes");
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}

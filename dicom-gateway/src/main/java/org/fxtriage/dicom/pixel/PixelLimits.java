package org.fxtriage.dicom.pixel;

/** Hard limits that keep a lying header from exhausting memory. */
final class PixelLimits {
    /** 16k x 16k: far above any radiograph (the largest detectors are ~ 4k x 4k). */
    static final long MAX_PIXELS_PER_FRAME = 16384L * 16384L;
    /** Compressed bytes of one frame held in memory while decoding. */
    static final long MAX_COMPRESSED_FRAME_BYTES = 1L << 30;

    private PixelLimits() {
    }
}

package org.fxtriage.dicom.pixel;

import java.util.Map;

/**
 * How the pixel data of a transfer syntax are encoded (PS3.5 §8, Annex A), and so which decoder
 * handles them. Deflate (1.2.840.10008.1.2.1.99) compresses the whole dataset, not the pixels: the
 * Part 10 reader inflates it and the pixels are native.
 */
public enum PixelCodec {
    /** Native (uncompressed) pixel data, little endian. */
    NATIVE,
    /**
     * Native pixel data in Explicit VR Big Endian (retired, PS3.5 A.3); the byte order of the words is
     * carried by {@link PixelData.Native#order()} (our Part 10 reader swaps them to little endian).
     */
    NATIVE_BIG_ENDIAN,
    /** JPEG baseline, extended (12-bit) and lossless processes, decoded by TwelveMonkeys. */
    JPEG,
    /** JPEG 2000 part 1, lossless or lossy, decoded by jai-imageio. */
    JPEG_2000,
    /** RLE Lossless, PS3.5 Annex G, decoded by {@link RleDecoder}. */
    RLE;

    public static final String IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
    public static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
    public static final String DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1.99";
    public static final String EXPLICIT_VR_BIG_ENDIAN = "1.2.840.10008.1.2.2";
    public static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    public static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";
    public static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57";
    public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    public static final String JPEG_LS_NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";
    public static final String JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90";
    public static final String JPEG_2000_LOSSY = "1.2.840.10008.1.2.4.91";
    public static final String RLE_LOSSLESS = "1.2.840.10008.1.2.5";

    private static final Map<String, PixelCodec> BY_UID = Map.ofEntries(
            Map.entry(IMPLICIT_VR_LITTLE_ENDIAN, NATIVE),
            Map.entry(EXPLICIT_VR_LITTLE_ENDIAN, NATIVE),
            Map.entry(DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, NATIVE),
            Map.entry(EXPLICIT_VR_BIG_ENDIAN, NATIVE_BIG_ENDIAN),
            Map.entry(JPEG_BASELINE, JPEG),
            Map.entry(JPEG_EXTENDED, JPEG),
            Map.entry(JPEG_LOSSLESS, JPEG),
            Map.entry(JPEG_LOSSLESS_SV1, JPEG),
            Map.entry(JPEG_2000_LOSSLESS, JPEG_2000),
            Map.entry(JPEG_2000_LOSSY, JPEG_2000),
            Map.entry(RLE_LOSSLESS, RLE));

    /** The codec family for a transfer syntax, or a typed error naming the syntax. */
    public static PixelCodec forTransferSyntax(String uid) throws UnsupportedPixelDataException {
        PixelCodec codec = uid == null ? null : BY_UID.get(uid.trim());
        if (codec == null) {
            String name = uid == null ? "(none)" : uid.trim();
            if (JPEG_LS_LOSSLESS.equals(name) || JPEG_LS_NEAR_LOSSLESS.equals(name)) {
                throw new UnsupportedPixelDataException("Transfer syntax " + name + " (JPEG-LS) is not supported: no JPEG-LS decoder");
            }
            throw new UnsupportedPixelDataException("Transfer syntax " + name + " is not supported by the pixel pipeline");
        }
        return codec;
    }

    /**
     * True for the transfer syntaxes the gateway should offer: those whose every image we decode.
     * JPEG Extended (1.2.840.10008.1.2.4.51) is left out: its 12-bit DCT images (the usual reason to
     * use it) have no decoder here, so a PACS should send them in a syntax we accept instead; its
     * 8-bit images still render when they arrive.
     */
    public static boolean isSupported(String uid) {
        return uid != null && BY_UID.containsKey(uid.trim()) && !JPEG_EXTENDED.equals(uid.trim());
    }

    /**
     * True when decoded samples keep their stored bit positions (High Bit applies, PS3.5 §8.1.1):
     * native data and RLE, which codes the pixel words byte plane by byte plane (Annex G). JPEG and
     * JPEG 2000 decoders return the value in the low bits (PS3.5 §8.2).
     */
    public boolean keepsStoredBitPositions() {
        return this == NATIVE || this == NATIVE_BIG_ENDIAN || this == RLE;
    }

    public boolean isEncapsulated() {
        return this == JPEG || this == JPEG_2000 || this == RLE;
    }
}

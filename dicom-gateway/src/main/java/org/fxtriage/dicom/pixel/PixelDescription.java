package org.fxtriage.dicom.pixel;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pixel pipeline needs from the Image Pixel, Modality LUT, VOI LUT and Presentation
 * LUT modules (PS3.3 C.7.6.3, C.11.1, C.11.2, C.11.6) plus the transfer syntax. Built by
 * {@link DicomImageReader} from a dataset, or by hand in tests via {@link #builder()}.
 *
 * @param rows Rows (0028,0010)
 * @param columns Columns (0028,0011)
 * @param samplesPerPixel Samples per Pixel (0028,0002)
 * @param photometric Photometric Interpretation (0028,0004)
 * @param bitsAllocated Bits Allocated (0028,0100)
 * @param bitsStored Bits Stored (0028,0101)
 * @param highBit High Bit (0028,0102)
 * @param pixelRepresentation Pixel Representation (0028,0103): 0 unsigned, 1 two's complement
 * @param planarConfiguration Planar Configuration (0028,0006): 0 colour-by-pixel, 1 colour-by-plane
 * @param numberOfFrames Number of Frames (0028,0008), 1 when absent
 * @param rescaleSlope Rescale Slope (0028,1053), 1 when absent
 * @param rescaleIntercept Rescale Intercept (0028,1052), 0 when absent
 * @param rescaleType Rescale Type (0028,1054), may be null
 * @param modalityLut first item of Modality LUT Sequence (0028,3000), or null; takes precedence over rescale
 * @param windows Window Center/Width pairs (0028,1050/1051), empty when absent
 * @param voiLutFunction VOI LUT Function (0028,1056)
 * @param voiLuts items of VOI LUT Sequence (0028,3010), empty when absent
 * @param presentationLutShape Presentation LUT Shape (2050,0020), null when absent
 * @param transferSyntaxUid Transfer Syntax UID (0002,0010)
 */
public record PixelDescription(
        int rows,
        int columns,
        int samplesPerPixel,
        Photometric photometric,
        int bitsAllocated,
        int bitsStored,
        int highBit,
        int pixelRepresentation,
        int planarConfiguration,
        int numberOfFrames,
        double rescaleSlope,
        double rescaleIntercept,
        String rescaleType,
        LookupTable modalityLut,
        List<Window> windows,
        VoiLutFunction voiLutFunction,
        List<LookupTable> voiLuts,
        PresentationLutShape presentationLutShape,
        String transferSyntaxUid) {

    public PixelDescription {
        Objects.requireNonNull(photometric, "photometric");
        Objects.requireNonNull(transferSyntaxUid, "transferSyntaxUid");
        windows = windows == null ? List.of() : List.copyOf(windows);
        voiLuts = voiLuts == null ? List.of() : List.copyOf(voiLuts);
        voiLutFunction = voiLutFunction == null ? VoiLutFunction.LINEAR : voiLutFunction;
    }

    public boolean isSigned() {
        return pixelRepresentation == 1;
    }

    /** Bytes of one native (uncompressed) frame, PS3.5 §8.1.1. */
    public long nativeFrameLength() {
        long samples = (long) rows * columns * samplesPerPixel;
        if (photometric == Photometric.YBR_FULL_422) {
            // PS3.5 §8.2.1: two luminance samples share one Cb and one Cr, so 2 samples per pixel on average.
            samples = (long) rows * columns * 2;
        }
        return samples * (bitsAllocated / 8);
    }

    /**
     * Checks the attributes against each other and against what the pipeline supports.
     *
     * @throws UnsupportedPixelDataException when valid but outside our scope
     * @throws CorruptPixelDataException when the attributes contradict each other
     */
    public void validate() throws PixelDataException {
        if (rows <= 0 || columns <= 0) {
            throw new CorruptPixelDataException("Rows/Columns must be positive, got " + rows + "x" + columns);
        }
        if (numberOfFrames < 1) {
            throw new CorruptPixelDataException("Number of Frames must be >= 1, got " + numberOfFrames);
        }
        if (bitsAllocated != 8 && bitsAllocated != 16) {
            throw new UnsupportedPixelDataException("Bits Allocated " + bitsAllocated + " is not supported (only 8 and 16)");
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated) {
            throw new CorruptPixelDataException("Bits Stored " + bitsStored + " does not fit Bits Allocated " + bitsAllocated);
        }
        if (highBit < bitsStored - 1 || highBit >= bitsAllocated) {
            throw new CorruptPixelDataException("High Bit " + highBit + " is inconsistent with Bits Stored "
                    + bitsStored + " / Bits Allocated " + bitsAllocated);
        }
        if (pixelRepresentation != 0 && pixelRepresentation != 1) {
            throw new CorruptPixelDataException("Pixel Representation must be 0 or 1, got " + pixelRepresentation);
        }
        switch (photometric) {
            case MONOCHROME1, MONOCHROME2 -> {
                if (samplesPerPixel != 1) {
                    throw new CorruptPixelDataException(photometric + " needs 1 sample per pixel, got " + samplesPerPixel);
                }
            }
            case RGB, YBR_FULL, YBR_FULL_422, YBR_RCT, YBR_ICT -> {
                if (samplesPerPixel != 3) {
                    throw new CorruptPixelDataException(photometric + " needs 3 samples per pixel, got " + samplesPerPixel);
                }
                if (planarConfiguration != 0 && planarConfiguration != 1) {
                    throw new CorruptPixelDataException("Planar Configuration must be 0 or 1, got " + planarConfiguration);
                }
            }
            case PALETTE_COLOR -> throw new UnsupportedPixelDataException("PALETTE COLOR images are not supported");
            default -> throw new AssertionError(photometric);
        }
        if ((long) rows * columns > PixelLimits.MAX_PIXELS_PER_FRAME) {
            throw new UnsupportedPixelDataException("Frame of " + rows + "x" + columns + " exceeds the limit of "
                    + PixelLimits.MAX_PIXELS_PER_FRAME + " pixels");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; defaults are those of an absent attribute (1 frame, slope 1, intercept 0, LINEAR). */
    public static final class Builder {
        private int rows;
        private int columns;
        private int samplesPerPixel = 1;
        private Photometric photometric = Photometric.MONOCHROME2;
        private int bitsAllocated = 16;
        private int bitsStored = 16;
        private int highBit = 15;
        private int pixelRepresentation;
        private int planarConfiguration;
        private int numberOfFrames = 1;
        private double rescaleSlope = 1;
        private double rescaleIntercept;
        private String rescaleType;
        private LookupTable modalityLut;
        private List<Window> windows = List.of();
        private VoiLutFunction voiLutFunction = VoiLutFunction.LINEAR;
        private List<LookupTable> voiLuts = List.of();
        private PresentationLutShape presentationLutShape;
        private String transferSyntaxUid = PixelCodec.EXPLICIT_VR_LITTLE_ENDIAN;

        public Builder size(int rows, int columns) {
            this.rows = rows;
            this.columns = columns;
            return this;
        }

        public Builder samplesPerPixel(int v) {
            samplesPerPixel = v;
            return this;
        }

        public Builder photometric(Photometric v) {
            photometric = v;
            return this;
        }

        /** Sets bits allocated/stored and high bit = stored - 1 (the usual layout). */
        public Builder bits(int allocated, int stored) {
            return bits(allocated, stored, stored - 1);
        }

        public Builder bits(int allocated, int stored, int high) {
            bitsAllocated = allocated;
            bitsStored = stored;
            highBit = high;
            return this;
        }

        public Builder pixelRepresentation(int v) {
            pixelRepresentation = v;
            return this;
        }

        public Builder planarConfiguration(int v) {
            planarConfiguration = v;
            return this;
        }

        public Builder numberOfFrames(int v) {
            numberOfFrames = v;
            return this;
        }

        public Builder rescale(double slope, double intercept, String type) {
            rescaleSlope = slope;
            rescaleIntercept = intercept;
            rescaleType = type;
            return this;
        }

        public Builder modalityLut(LookupTable v) {
            modalityLut = v;
            return this;
        }

        public Builder windows(List<Window> v) {
            windows = v;
            return this;
        }

        public Builder voiLutFunction(VoiLutFunction v) {
            voiLutFunction = v;
            return this;
        }

        public Builder voiLuts(List<LookupTable> v) {
            voiLuts = v;
            return this;
        }

        public Builder presentationLutShape(PresentationLutShape v) {
            presentationLutShape = v;
            return this;
        }

        public Builder transferSyntaxUid(String v) {
            transferSyntaxUid = v;
            return this;
        }

        public PixelDescription build() {
            return new PixelDescription(rows, columns, samplesPerPixel, photometric, bitsAllocated, bitsStored,
                    highBit, pixelRepresentation, planarConfiguration, numberOfFrames, rescaleSlope,
                    rescaleIntercept, rescaleType, modalityLut, windows, voiLutFunction, voiLuts,
                    presentationLutShape, transferSyntaxUid);
        }
    }
}

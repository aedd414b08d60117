package org.fxtriage.dicom.pixel;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Stored pixel data to a display-ready greyscale raster: decode one frame to its integer raster
 * (the only full-resolution buffer besides the output), then in one pass per row apply the
 * combined Modality LUT → VOI LUT → Presentation LUT (PS3.3 C.11, MONOCHROME1 inverted so bone is
 * bright) as a single table indexed by the stored value, and area-average to the target size.
 * Colour images (RGB, YBR) become grey as ITU-R 601 luma; VOI does not apply to them (PS3.3 C.11.2).
 */
public final class PixelPipeline {

    private PixelPipeline() {
    }

    /**
     * Renders one frame.
     *
     * @throws UnsupportedPixelDataException for valid data we do not decode (named in the message)
     * @throws CorruptPixelDataException when the data contradict the description
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when {@code options} ask for a frame or VOI the image lacks
     */
    public static DisplayRaster render(PixelDescription description, PixelData data, RenderOptions options)
            throws IOException {
        description.validate();
        if (options.frame() >= description.numberOfFrames()) {
            throw new IllegalArgumentException("frame " + options.frame() + " requested, the image has "
                    + description.numberOfFrames());
        }
        PixelCodec codec = PixelCodec.forTransferSyntax(description.transferSyntaxUid());
        SampleRaster raster = decodeFrame(description, data, codec, options.frame());
        RowSource rows;
        String voi;
        if (description.photometric().isMonochrome()) {
            GreyTable table = GreyTable.build(description, codec, raster, options);
            rows = table;
            voi = table.description;
        } else {
            rows = new LumaRows(description, codec, raster);
            voi = "none (colour converted to luma)";
        }
        return resample(raster.width(), raster.height(), rows, options, description.numberOfFrames() > 1 ? options.frame() : 0, voi);
    }

    /** Decodes one frame to its stored sample bits (package-private: tests compare codecs with it). */
    static SampleRaster decodeFrame(PixelDescription d, PixelData data, PixelCodec codec, int frame) throws IOException {
        if (codec.isEncapsulated()) {
            if (!(data instanceof PixelData.Encapsulated e)) {
                throw new CorruptPixelDataException("Transfer syntax " + d.transferSyntaxUid()
                        + " needs encapsulated pixel data but the value is native");
            }
            byte[] bytes = EncapsulatedFrames.frameBytes(e, frame, d.numberOfFrames(), codec);
            if (codec == PixelCodec.RLE) {
                return RleDecoder.decode(bytes, d.columns(), d.rows(), d.samplesPerPixel(), d.bitsAllocated());
            }
            return ImageIoFrameDecoder.decode(bytes, codec, d);
        }
        if (!(data instanceof PixelData.Native n)) {
            throw new CorruptPixelDataException("Transfer syntax " + d.transferSyntaxUid()
                    + " needs native pixel data but the value is encapsulated");
        }
        if (d.photometric() == Photometric.YBR_RCT || d.photometric() == Photometric.YBR_ICT) {
            throw new CorruptPixelDataException(d.photometric() + " is only valid with JPEG 2000");
        }
        return NativeFrameDecoder.decode(d, n.bytes(), n.order(), frame);
    }

    /** Produces display values in [0, 1] for one source row. */
    interface RowSource {
        void row(int y, double[] out);
    }

    private static DisplayRaster resample(int w, int h, RowSource rows, RenderOptions options, int frame, String voi) {
        double[] line = new double[w];
        int longer = Math.max(w, h);
        if (options.maxDimension() == 0 || longer <= options.maxDimension()) {
            float[] out = new float[w * h];
            for (int y = 0; y < h; y++) {
                rows.row(y, line);
                int base = y * w;
                for (int x = 0; x < w; x++) {
                    out[base + x] = (float) line[x];
                }
            }
            return new DisplayRaster(w, h, out, w, h, frame, voi);
        }
        double scale = (double) options.maxDimension() / longer;
        int nw = AreaWeights.scaledSize(w, scale);
        int nh = AreaWeights.scaledSize(h, scale);
        AreaWeights wx = new AreaWeights(w, nw);
        AreaWeights wy = new AreaWeights(h, nh);
        double[] acc = new double[nw * nh];
        double[] reduced = new double[nw];
        for (int y = 0; y < h; y++) {
            rows.row(y, line);
            wx.reduce(line, reduced);
            int j = wy.first[y];
            double a = wy.firstWeight[y];
            int base = j * nw;
            for (int i = 0; i < nw; i++) {
                acc[base + i] += a * reduced[i];
            }
            double b = wy.secondWeight[y];
            if (b != 0) {
                base += nw;
                for (int i = 0; i < nw; i++) {
                    acc[base + i] += b * reduced[i];
                }
            }
        }
        float[] out = new float[nw * nh];
        for (int i = 0; i < out.length; i++) {
            // Weights sum to 1 up to rounding: clamp so [0, 1] stays a guarantee.
            out[i] = (float) Math.min(1.0, Math.max(0.0, acc[i]));
        }
        return new DisplayRaster(nw, nh, out, w, h, frame, voi);
    }

    /**
     * Monochrome: the combined LUT over every possible stored value. The table index is the stored
     * value's low {@code bitsStored} bits (native data shifted down by highBit + 1 - bitsStored), with
     * the sign bit flipped for signed data, so index 0 is the most negative value: one mask and one XOR
     * per pixel, garbage bits above bitsStored ignored (PS3.5 §8.1.1).
     */
    static final class GreyTable implements RowSource {
        final double[] lut;
        final int shift;
        final int mask;
        final int flip;
        final SampleRaster raster;
        final int[] raw;
        final String description;

        private GreyTable(double[] lut, int shift, int mask, int flip, SampleRaster raster, String description) {
            this.lut = lut;
            this.shift = shift;
            this.mask = mask;
            this.flip = flip;
            this.raster = raster;
            this.raw = new int[raster.width()];
            this.description = description;
        }

        @Override
        public void row(int y, double[] out) {
            raster.readRow(y, 0, raw);
            int n = raw.length;
            for (int x = 0; x < n; x++) {
                out[x] = lut[((raw[x] >>> shift) & mask) ^ flip];
            }
        }

        static GreyTable build(PixelDescription d, PixelCodec codec, SampleRaster raster, RenderOptions o)
                throws PixelDataException {
            int bits = d.bitsStored();
            int size = 1 << bits;
            int mask = size - 1;
            int shift = codec.keepsStoredBitPositions() ? d.highBit() + 1 - bits : 0;
            int flip = d.isSigned() ? 1 << (bits - 1) : 0;
            double[] modality = new double[size];
            for (int index = 0; index < size; index++) {
                int stored = index - flip;
                modality[index] = d.modalityLut() != null ? d.modalityLut().lookup(stored)
                        : stored * d.rescaleSlope() + d.rescaleIntercept();
            }
            double[] lut = new double[size];
            String description = applyVoi(d, o, modality, lut, () -> histogram(raster, shift, mask, flip));
            // PS3.3 C.8.11.6.1.2: INVERSE is what MONOCHROME1 means, not a second inversion.
            boolean invert = d.photometric() == Photometric.MONOCHROME1
                    || d.presentationLutShape() == PresentationLutShape.INVERSE;
            if (invert) {
                for (int i = 0; i < size; i++) {
                    lut[i] = 1 - lut[i];
                }
            }
            return new GreyTable(lut, shift, mask, flip, raster, description + (invert ? ", inverted" : ""));
        }

        private static String applyVoi(PixelDescription d, RenderOptions o, double[] modality, double[] lut,
                                       Supplier<long[]> histogram) throws PixelDataException {
            if (o.window() != null) {
                applyWindow(o.window(), o.windowFunction(), modality, lut);
                return describe(o.window(), o.windowFunction(), "caller");
            }
            if (!o.ignoreFileVoi()) {
                if (!d.windows().isEmpty()) {
                    if (o.voiIndex() >= d.windows().size()) {
                        throw new IllegalArgumentException("window " + o.voiIndex() + " requested, the image has "
                                + d.windows().size());
                    }
                    Window w = d.windows().get(o.voiIndex());
                    if (!d.voiLutFunction().acceptsWidth(w.width())) {
                        throw new CorruptPixelDataException("Window Width " + w.width() + " is invalid for VOI LUT Function "
                                + d.voiLutFunction());
                    }
                    applyWindow(w, d.voiLutFunction(), modality, lut);
                    return describe(w, d.voiLutFunction(), "file");
                }
                if (!d.voiLuts().isEmpty()) {
                    if (o.voiIndex() >= d.voiLuts().size()) {
                        throw new IllegalArgumentException("VOI LUT " + o.voiIndex() + " requested, the image has "
                                + d.voiLuts().size());
                    }
                    LookupTable voiLut = d.voiLuts().get(o.voiIndex());
                    double max = voiLut.maxOutput();
                    for (int i = 0; i < lut.length; i++) {
                        lut[i] = Math.min(1.0, voiLut.lookup(modality[i]) / max);
                    }
                    return "VOI LUT " + (o.voiIndex() + 1) + " (file)";
                }
            }
            Window auto = autoWindow(o.autoWindow(), modality, histogram.get());
            applyWindow(auto, VoiLutFunction.LINEAR, modality, lut);
            return describe(auto, VoiLutFunction.LINEAR, "auto " + o.autoWindow().name().toLowerCase(Locale.ROOT));
        }

        private static String describe(Window w, VoiLutFunction f, String source) {
            return String.format(Locale.ROOT, "window %s/%s %s (%s)", num(w.center()), num(w.width()), f, source);
        }

        private static String num(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }

        private static void applyWindow(Window w, VoiLutFunction f, double[] modality, double[] lut) {
            for (int i = 0; i < lut.length; i++) {
                lut[i] = f.apply(modality[i], w.center(), w.width());
            }
        }

        /** Pixel count per table index: a second pass over the frame, only when an automatic window is needed. */
        private static long[] histogram(SampleRaster r, int shift, int mask, int flip) {
            long[] hist = new long[mask + 1];
            int[] raw = new int[r.width()];
            for (int y = 0; y < r.height(); y++) {
                r.readRow(y, 0, raw);
                for (int v : raw) {
                    hist[((v >>> shift) & mask) ^ flip]++;
                }
            }
            return hist;
        }

        /** PS3.3 C.11.2.1.2 LINEAR window spanning [lo, hi] exactly: c = (lo+hi+1)/2, w = hi-lo+1 (as dcmtk). */
        static Window autoWindow(AutoWindow kind, double[] modality, long[] hist) {
            // Distinct modality values present, sorted, with their pixel counts.
            int n = 0;
            double[] values = new double[hist.length];
            long[] counts = new long[hist.length];
            Integer[] order;
            for (int i = 0; i < hist.length; i++) {
                if (hist[i] > 0) {
                    n++;
                }
            }
            order = new Integer[n];
            int k = 0;
            for (int i = 0; i < hist.length; i++) {
                if (hist[i] > 0) {
                    order[k++] = i;
                }
            }
            Arrays.sort(order, (a, b) -> Double.compare(modality[a], modality[b]));
            int m = 0;
            for (Integer idx : order) {
                double v = modality[idx];
                if (m > 0 && values[m - 1] == v) {
                    counts[m - 1] += hist[idx];
                } else {
                    values[m] = v;
                    counts[m] = hist[idx];
                    m++;
                }
            }
            double lo = values[0];
            double hi = values[m - 1];
            switch (kind) {
                case MIN_MAX -> {
                }
                case MIN_MAX_IGNORING_EXTREMES -> {
                    if (m >= 3) {
                        lo = values[1];
                        hi = values[m - 2];
                    }
                }
                case PERCENTILE_0_5 -> {
                    long total = 0;
                    for (int i = 0; i < m; i++) {
                        total += counts[i];
                    }
                    double low = total * 0.005;
                    double high = total * 0.995;
                    long cum = 0;
                    boolean loSet = false;
                    for (int i = 0; i < m; i++) {
                        cum += counts[i];
                        if (!loSet && cum > low) {
                            lo = values[i];
                            loSet = true;
                        }
                        if (cum >= high) {
                            hi = values[i];
                            break;
                        }
                    }
                }
                default -> throw new AssertionError(kind);
            }
            return new Window((lo + hi + 1) / 2, hi - lo + 1, "auto");
        }
    }

    /**
     * Colour to grey: ITU-R BT.601 luma, Y = (299 R + 587 G + 114 B) / 1000, as the model recipe does
     * for colour JPEG/PNG; YBR data already carry Y as their first component.
     */
    static final class LumaRows implements RowSource {
        private final SampleRaster raster;
        private final boolean fromRgb;
        private final int shift;
        private final int mask;
        private final double scale;
        private final int[] r;
        private final int[] g;
        private final int[] b;

        LumaRows(PixelDescription d, PixelCodec codec, SampleRaster raster) {
            this.raster = raster;
            Photometric p = d.photometric();
            // Which photometric the decoder's output is in: JPEG decoders convert YCbCr to RGB, JPEG 2000
            // undoes its own RCT/ICT, native and RLE give the stored components (422 already reduced to Y).
            fromRgb = p == Photometric.RGB
                    || (codec == PixelCodec.JPEG && raster.bands() == 3)
                    || p == Photometric.YBR_RCT || p == Photometric.YBR_ICT;
            shift = codec.keepsStoredBitPositions() ? d.highBit() + 1 - d.bitsStored() : 0;
            mask = (1 << d.bitsStored()) - 1;
            scale = 1.0 / mask;
            int w = raster.width();
            r = new int[w];
            g = fromRgb ? new int[w] : null;
            b = fromRgb ? new int[w] : null;
        }

        @Override
        public void row(int y, double[] out) {
            raster.readRow(y, 0, r);
            if (!fromRgb) {
                for (int x = 0; x < r.length; x++) {
                    out[x] = ((r[x] >>> shift) & mask) * scale;
                }
                return;
            }
            raster.readRow(y, 1, g);
            raster.readRow(y, 2, b);
            for (int x = 0; x < r.length; x++) {
                int luma1000 = 299 * ((r[x] >>> shift) & mask) + 587 * ((g[x] >>> shift) & mask)
                        + 114 * ((b[x] >>> shift) & mask);
                out[x] = luma1000 / 1000.0 * scale;
            }
        }
    }
}

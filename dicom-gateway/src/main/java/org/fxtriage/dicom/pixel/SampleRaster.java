package org.fxtriage.dicom.pixel;

import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DataBufferShort;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * One decoded frame as stored sample bits, in the layout its decoder produced, without copying:
 * the frame's only full-resolution integer buffer. Sample (x, y, band) is
 * {@code bank[band][bandOffset[band] + y * scanlineStride + x * pixelStride]}; values are raw bits
 * (unsigned widening of the array element), masking and sign handling happen in the LUT stage.
 */
final class SampleRaster {
    private final int width;
    private final int height;
    private final int bands;
    private final Object[] banks;
    private final int[] bandOffsets;
    private final int pixelStride;
    private final int scanlineStride;
    /** Fallback for sample models we have no fast path for. */
    private final Raster awtRaster;

    private SampleRaster(int width, int height, int bands, Object[] banks, int[] bandOffsets, int pixelStride,
                         int scanlineStride, Raster awtRaster) {
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.banks = banks;
        this.bandOffsets = bandOffsets;
        this.pixelStride = pixelStride;
        this.scanlineStride = scanlineStride;
        this.awtRaster = awtRaster;
    }

    /** Interleaved (planar configuration 0) or single-band samples in one array. */
    static SampleRaster interleaved(int width, int height, int bands, Object array) {
        int[] offsets = new int[bands];
        for (int b = 0; b < bands; b++) {
            offsets[b] = b;
        }
        Object[] banks = new Object[bands];
        Arrays.fill(banks, array);
        return new SampleRaster(width, height, bands, banks, offsets, bands, width * bands, null);
    }

    /** Colour-by-plane (planar configuration 1): band b starts at b * width * height. */
    static SampleRaster planar(int width, int height, int bands, Object array) {
        int[] offsets = new int[bands];
        for (int b = 0; b < bands; b++) {
            offsets[b] = b * width * height;
        }
        Object[] banks = new Object[bands];
        Arrays.fill(banks, array);
        return new SampleRaster(width, height, bands, banks, offsets, 1, width, null);
    }

    /** Wraps a decoder's raster; uses its data arrays directly when the layout allows. */
    static SampleRaster of(Raster raster) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int bands = raster.getNumBands();
        if (raster.getSampleModel() instanceof ComponentSampleModel csm) {
            DataBuffer db = raster.getDataBuffer();
            int tx = raster.getSampleModelTranslateX();
            int ty = raster.getSampleModelTranslateY();
            int[] bankIndices = csm.getBankIndices();
            Object[] banks = new Object[bands];
            int[] offsets = new int[bands];
            boolean fast = true;
            for (int b = 0; b < bands && fast; b++) {
                int bank = bankIndices[b];
                Object array = null;
                if (db instanceof DataBufferByte d) {
                    array = d.getData(bank);
                } else if (db instanceof DataBufferUShort d) {
                    array = d.getData(bank);
                } else if (db instanceof DataBufferShort d) {
                    array = d.getData(bank);
                } else if (db instanceof DataBufferInt d) {
                    array = d.getData(bank);
                }
                if (array == null) {
                    fast = false;
                } else {
                    banks[b] = array;
                    // Offset of (0,0) of this raster in the bank, accounting for child rasters.
                    offsets[b] = db.getOffsets()[bank] + csm.getOffset(-tx, -ty, b);
                }
            }
            if (fast) {
                return new SampleRaster(w, h, bands, banks, offsets, csm.getPixelStride(), csm.getScanlineStride(), null);
            }
        }
        return new SampleRaster(w, h, bands, null, null, 0, 0, raster);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int bands() {
        return bands;
    }

    /** Copies the raw bits of row {@code y}, band {@code band} into {@code dst[0..width)}. */
    void readRow(int y, int band, int[] dst) {
        if (awtRaster != null) {
            awtRaster.getSamples(awtRaster.getMinX(), awtRaster.getMinY() + y, width, 1, band, dst);
            return;
        }
        int at = bandOffsets[band] + y * scanlineStride;
        int step = pixelStride;
        Object bank = banks[band];
        if (bank instanceof short[] a) {
            if (step == 1) {
                for (int x = 0; x < width; x++) {
                    dst[x] = a[at + x] & 0xFFFF;
                }
            } else {
                for (int x = 0; x < width; x++, at += step) {
                    dst[x] = a[at] & 0xFFFF;
                }
            }
        } else if (bank instanceof byte[] a) {
            for (int x = 0; x < width; x++, at += step) {
                dst[x] = a[at] & 0xFF;
            }
        } else {
            int[] a = (int[]) bank;
            for (int x = 0; x < width; x++, at += step) {
                dst[x] = a[at];
            }
        }
    }
}

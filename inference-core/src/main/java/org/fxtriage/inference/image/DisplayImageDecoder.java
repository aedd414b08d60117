package org.fxtriage.inference.image;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * PNG / JPEG → {@link GreyImage}, step 1 of the recipe (models/MODEL_PACKAGE.md):
 * <ul>
 *   <li>8-bit grey: {@code v / 255}; 16-bit grey: {@code v / 65535};</li>
 *   <li>RGB(A): {@code Y = (299 R + 587 G + 114 B) / 1000} on 0–255 values (ITU-R BT.601, as PIL
 *       {@code convert("L")} but without its rounding), then {@code / 255}; alpha is ignored;</li>
 *   <li>grey + alpha: the grey channel; palette images: the palette's RGB through the same luma.</li>
 * </ul>
 * The raster's samples are read directly: {@code BufferedImage.getRGB} would push grey images through a
 * colour-space conversion and change their values. No EXIF orientation is applied (the training data has it
 * baked in, and PIL does not apply it either).
 */
public final class DisplayImageDecoder {
    private DisplayImageDecoder() {
    }

    public static GreyImage decode(Path file) throws IOException, UnsupportedImageException {
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in, file.getFileName().toString());
        }
    }

    /** Decodes a PNG or JPEG stream; {@code what} names it in error messages. */
    public static GreyImage decode(InputStream in, String what) throws IOException, UnsupportedImageException {
        BufferedImage image;
        try {
            image = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedImageException(what + ": cannot decode image: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new UnsupportedImageException(what + ": not a PNG or JPEG image this runtime can decode");
        }
        return fromRaster(image, what);
    }

    /** Converts a decoded image to display values per the recipe. */
    public static GreyImage fromRaster(BufferedImage image, String what) throws UnsupportedImageException {
        int w = image.getWidth();
        int h = image.getHeight();
        if (w < 1 || h < 1) {
            throw new UnsupportedImageException(what + ": empty image " + w + "x" + h);
        }
        Raster raster = image.getRaster();
        ColorModel cm = image.getColorModel();
        float[] out = new float[w * h];
        if (cm instanceof IndexColorModel icm) {
            int[] px = raster.getSamples(0, 0, w, h, 0, (int[]) null);
            for (int i = 0; i < px.length; i++) {
                int p = px[i];
                out[i] = (float) (luma(icm.getRed(p), icm.getGreen(p), icm.getBlue(p)) / 255.0);
            }
            return new GreyImage(w, h, out);
        }
        int colourBands = cm.getNumColorComponents();
        int bits = cm.getComponentSize(0);
        if (colourBands == 1) {
            if (bits != 8 && bits != 16) {
                throw new UnsupportedImageException(what + ": " + bits + "-bit greyscale is not covered by the recipe");
            }
            double max = bits == 8 ? 255.0 : 65535.0;
            int[] s = raster.getSamples(0, 0, w, h, 0, (int[]) null);
            for (int i = 0; i < s.length; i++) {
                out[i] = (float) (s[i] / max);
            }
            return new GreyImage(w, h, out);
        }
        if (colourBands == 3 && cm.getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_RGB) {
            if (bits != 8) {
                throw new UnsupportedImageException(what + ": " + bits + "-bit RGB is not covered by the recipe");
            }
            int[] r = raster.getSamples(0, 0, w, h, 0, (int[]) null);
            int[] g = raster.getSamples(0, 0, w, h, 1, (int[]) null);
            int[] b = raster.getSamples(0, 0, w, h, 2, (int[]) null);
            for (int i = 0; i < r.length; i++) {
                out[i] = (float) (luma(r[i], g[i], b[i]) / 255.0);
            }
            return new GreyImage(w, h, out);
        }
        throw new UnsupportedImageException(what + ": colour model with " + colourBands + " components ("
                + cm.getColorSpace().getType() + ") is not covered by the recipe");
    }

    /** ITU-R BT.601 luma on 0–255 values, unrounded. */
    static double luma(int r, int g, int b) {
        return (299.0 * r + 587.0 * g + 114.0 * b) / 1000.0;
    }
}

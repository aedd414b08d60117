package org.fxtriage.dicom.pixel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * JPEG (TwelveMonkeys) and JPEG 2000 (jai-imageio) frames through ImageIO. We pick the provider by
 * name: the JDK's own JPEG reader cannot read 12-bit or lossless JPEG and would win by accident of
 * registration order. Both readers hand back the stored sample values unscaled (16-bit samples in a
 * {@code DataBufferUShort}), which the lossless tests check bit for bit.
 */
final class ImageIoFrameDecoder {
    private static final String TWELVEMONKEYS_JPEG = "com.twelvemonkeys.imageio.plugins.jpeg.";
    private static final String JAI_JPEG2000 = "com.github.jaiimageio.jpeg2000.";

    private ImageIoFrameDecoder() {
    }

    static SampleRaster decode(byte[] codestream, PixelCodec codec, PixelDescription d) throws PixelDataException {
        ImageReader reader = codec == PixelCodec.JPEG ? reader("jpeg", TWELVEMONKEYS_JPEG)
                : reader("jpeg2000", JAI_JPEG2000);
        BufferedImage image;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(codestream))) {
            reader.setInput(in, true, true);
            image = reader.read(0);
        } catch (IOException | RuntimeException e) {
            // jj2000 and the JPEG decoders signal broken codestreams with all sorts of runtime exceptions.
            throw new CorruptPixelDataException("Cannot decode " + codecName(codec) + " frame: " + e, e);
        } finally {
            reader.dispose();
        }
        SampleRaster raster = SampleRaster.of(image.getRaster());
        if (raster.width() != d.columns() || raster.height() != d.rows()) {
            throw new CorruptPixelDataException(codecName(codec) + " codestream is " + raster.width() + "x" + raster.height()
                    + " but the header says " + d.columns() + "x" + d.rows());
        }
        if (raster.bands() != d.samplesPerPixel()) {
            throw new CorruptPixelDataException(codecName(codec) + " codestream has " + raster.bands()
                    + " components but Samples per Pixel is " + d.samplesPerPixel());
        }
        return raster;
    }

    static String codecName(PixelCodec codec) {
        return codec == PixelCodec.JPEG ? "JPEG" : "JPEG 2000";
    }

    private static ImageReader reader(String format, String providerPackage) throws UnsupportedPixelDataException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            if (candidate.getClass().getName().startsWith(providerPackage)) {
                return candidate;
            }
        }
        throw new UnsupportedPixelDataException("No " + providerPackage + "* ImageIO reader for " + format
                + " on the class path");
    }
}

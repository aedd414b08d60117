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
        if (codec == PixelCodec.JPEG) {
            checkJpegProcess(codestream, d);
        } else {
            checkJ2kSize(codestream, d);
            codestream = J2kTileParts.mergeTileParts(codestream);
        }
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

    /**
     * TwelveMonkeys hands DCT-based JPEG to the JDK's libjpeg, which is built for 8-bit samples only
     * and fails on 12-bit (extended process 4) data with a misleading "missing SOS marker". Read the
     * frame header (ITU-T T.81 B.2.2) first and refuse those with a clear message.
     */
    static void checkJpegProcess(byte[] b, PixelDescription d) throws PixelDataException {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            throw new CorruptPixelDataException("JPEG frame does not start with an SOI marker");
        }
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                throw new CorruptPixelDataException("JPEG marker expected at byte " + i);
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            int length = (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                if (i + 4 >= b.length) {
                    break;
                }
                int precision = b[i + 4] & 0xFF;
                if (i + 9 <= b.length) {
                    // Check the frame size before the decoder allocates for it (T.81 B.2.2: P, Y, X, Nf).
                    int lines = (b[i + 5] & 0xFF) << 8 | (b[i + 6] & 0xFF);
                    int samplesPerLine = (b[i + 7] & 0xFF) << 8 | (b[i + 8] & 0xFF);
                    if (samplesPerLine != d.columns() || (lines != 0 && lines != d.rows())) {
                        throw new CorruptPixelDataException("JPEG frame header says " + samplesPerLine + "x" + lines
                                + " but the DICOM header says " + d.columns() + "x" + d.rows());
                    }
                }
                boolean lossless = marker == 0xC3 || marker == 0xC7 || marker == 0xCB || marker == 0xCF;
                if (!lossless && precision > 8) {
                    throw new UnsupportedPixelDataException("JPEG with " + precision
                            + "-bit DCT (extended process 4) is not supported: no 12-bit DCT decoder available");
                }
                if (marker >= 0xC9 || marker == 0xC5 || marker == 0xC6 || marker == 0xC7) {
                    throw new UnsupportedPixelDataException("JPEG process SOF" + (marker - 0xC0)
                            + " (arithmetic or hierarchical coding) is not supported");
                }
                return;
            }
            i += 2 + length;
        }
        throw new CorruptPixelDataException("JPEG frame has no frame header (SOF marker)");
    }

    /** ISO 15444-1 A.5.1: SIZ follows SOC; image size = Xsiz - XOsiz by Ysiz - YOsiz. Checked before decoding. */
    static void checkJ2kSize(byte[] b, PixelDescription d) throws CorruptPixelDataException {
        if (b.length < 24 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0x4F || (b[2] & 0xFF) != 0xFF || (b[3] & 0xFF) != 0x51) {
            throw new CorruptPixelDataException("JPEG 2000 frame does not start with SOC and SIZ markers"
                    + " (a JP2 file wrapper is not allowed in DICOM, PS3.5 A.4.4)");
        }
        long xsiz = u32(b, 8);
        long ysiz = u32(b, 12);
        long xosiz = u32(b, 16);
        long yosiz = u32(b, 20);
        if (xsiz - xosiz != d.columns() || ysiz - yosiz != d.rows()) {
            throw new CorruptPixelDataException("JPEG 2000 SIZ says " + (xsiz - xosiz) + "x" + (ysiz - yosiz)
                    + " but the DICOM header says " + d.columns() + "x" + d.rows());
        }
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
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

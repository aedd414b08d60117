package org.fxtriage.inference.image;

import java.io.IOException;
import java.nio.file.Path;

/** PNG and JPEG files (by signature, not by name), decoded per the recipe by {@link DisplayImageDecoder}. */
public final class RasterImageSource implements ImageSource {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @Override
    public String format() {
        return "PNG/JPEG";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return isPng(head) || isJpeg(head);
    }

    @Override
    public SourceImage read(Path file) throws IOException, UnsupportedImageException {
        byte[] head = ImageSources.head(file);
        return SourceImage.of(DisplayImageDecoder.decode(file), isPng(head) ? "PNG" : "JPEG");
    }

    static boolean isPng(byte[] h) {
        if (h.length < PNG.length) {
            return false;
        }
        for (int i = 0; i < PNG.length; i++) {
            if (h[i] != PNG[i]) {
                return false;
            }
        }
        return true;
    }

    /** JPEG SOI marker followed by another marker. */
    static boolean isJpeg(byte[] h) {
        return h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF;
    }
}

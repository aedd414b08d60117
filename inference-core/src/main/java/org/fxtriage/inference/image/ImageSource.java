package org.fxtriage.inference.image;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one kind of image file into a {@link SourceImage}. {@link ImageSources} picks the source by the
 * file's first bytes, so new kinds (DICOM through the pixel pipeline) plug in without touching callers.
 */
public interface ImageSource {

    /** Short format name for messages ({@code PNG}, {@code DICOM}). */
    String format();

    /**
     * Whether this source reads the file, judged from its first bytes ({@code head} holds up to 132; fewer
     * for short files) and, if it must, its name.
     */
    boolean accepts(Path file, byte[] head);

    SourceImage read(Path file) throws IOException, UnsupportedImageException;
}

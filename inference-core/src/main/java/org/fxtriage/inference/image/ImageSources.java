package org.fxtriage.inference.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The image sources a program knows, tried in order; the first that accepts a file reads it. A file no
 * source accepts is an {@link UnsupportedImageException} naming the formats that are supported.
 */
public final class ImageSources {
    private final List<ImageSource> sources;

    private ImageSources(List<ImageSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** PNG and JPEG. */
    public static ImageSources standard() {
        return new ImageSources(List.of(new RasterImageSource()));
    }

    /** These sources plus {@code extra}, which is tried first (e.g. a DICOM source from the service). */
    public ImageSources with(ImageSource extra) {
        List<ImageSource> l = new ArrayList<>();
        l.add(extra);
        l.addAll(sources);
        return new ImageSources(l);
    }

    public SourceImage read(Path file) throws IOException, UnsupportedImageException {
        byte[] head = head(file);
        for (ImageSource s : sources) {
            if (s.accepts(file, head)) {
                return s.read(file);
            }
        }
        throw new UnsupportedImageException(file.getFileName() + ": unsupported file type (supported: "
                + sources.stream().map(ImageSource::format).collect(Collectors.joining(", ")) + ")");
    }

    /** The first 132 bytes (a DICOM preamble + "DICM"), fewer for a shorter file. */
    public static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(132);
        }
    }
}

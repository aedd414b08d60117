package org.fxtriage.inference.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fxtriage.inference.TestModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSourcesTest {

    /** Stands in for the DICOM source the service will add: accepts "DICM" at offset 128. */
    static final class PreambleSource implements ImageSource {
        @Override
        public String format() {
            return "DICOM";
        }

        @Override
        public boolean accepts(Path file, byte[] head) {
            return head.length >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
        }

        @Override
        public SourceImage read(Path file) {
            return new SourceImage(new GreyImage(1, 1, new float[] {0.5f}), "DICOM", "DX", "WRIST", 40.0);
        }
    }

    @Test
    void pngAndJpegAreRecognisedByContentNotName(@TempDir Path dir) throws Exception {
        Path png = TestModel.resource("recipe/grey8-5x3.png");
        Path renamed = dir.resolve("scan.dat");
        Files.copy(png, renamed);
        SourceImage s = ImageSources.standard().read(renamed);
        assertEquals("PNG", s.format());
        assertEquals(5, s.image().width());
    }

    @Test
    void addedSourcesPlugInAndUnsupportedFilesNameTheFormats(@TempDir Path dir) throws Exception {
        byte[] dicm = new byte[200];
        dicm[128] = 'D';
        dicm[129] = 'I';
        dicm[130] = 'C';
        dicm[131] = 'M';
        Path dcm = dir.resolve("image.dcm");
        Files.write(dcm, dicm);
        ImageSources sources = ImageSources.standard().with(new PreambleSource());
        SourceImage s = sources.read(dcm);
        assertEquals("DICOM", s.format());
        assertEquals("WRIST", s.bodyPart());
        var e = assertThrows(UnsupportedImageException.class, () -> ImageSources.standard().read(dcm));
        assertTrue(e.getMessage().contains("image.dcm: unsupported file type (supported: PNG/JPEG)"), e.getMessage());
        Path empty = dir.resolve("empty.png");
        Files.write(empty, new byte[0]);
        assertThrows(UnsupportedImageException.class, () -> sources.read(empty));
    }
}

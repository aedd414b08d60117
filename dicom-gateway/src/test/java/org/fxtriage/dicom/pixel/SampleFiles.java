package org.fxtriage.dicom.pixel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;

/** The shared sample radiographs ({@code ../shared/data/dicom}, see its MANIFEST.md) and decoding helpers. */
final class SampleFiles {
    private SampleFiles() {
    }

    static Path dicom(String relative) {
        String shared = System.getProperty("fxtriage.shared");
        Path root = shared != null ? Path.of(shared) : Path.of("..", "..", "shared");
        Path file = root.resolve("data").resolve("dicom").resolve(relative);
        assertTrue(Files.isRegularFile(file), "sample file missing: " + file.toAbsolutePath()
                + " (tests need ../shared/data/dicom next to the repository)");
        return file;
    }

    /** Decoded stored values of frame 0 through the real Part 10 reader: masked, sign-extended. */
    static int[] storedValues(Path file) throws IOException {
        Part10File p = Part10Reader.read(file);
        PixelDescription d = DicomImageReader.describe(p.dataset(), p.transferSyntaxUid());
        PixelCodec codec = PixelCodec.forTransferSyntax(d.transferSyntaxUid());
        SampleRaster r = PixelPipeline.decodeFrame(d, DicomImageReader.pixelData(p.dataset()), codec, 0);
        return storedValues(d, codec, r);
    }

    static int[] storedValues(PixelDescription d, PixelCodec codec, SampleRaster r) {
        int w = r.width();
        int bits = d.bitsStored();
        int shift = codec.keepsStoredBitPositions() ? d.highBit() + 1 - bits : 0;
        int mask = (1 << bits) - 1;
        int[] out = new int[w * r.height() * r.bands()];
        int[] row = new int[w];
        for (int b = 0; b < r.bands(); b++) {
            for (int y = 0; y < r.height(); y++) {
                r.readRow(y, b, row);
                for (int x = 0; x < w; x++) {
                    int v = (row[x] >>> shift) & mask;
                    if (d.isSigned() && (v & (1 << (bits - 1))) != 0) {
                        v -= 1 << bits;
                    }
                    out[(b * r.height() + y) * w + x] = v;
                }
            }
        }
        return out;
    }
}

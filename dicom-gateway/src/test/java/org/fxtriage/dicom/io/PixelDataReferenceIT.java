package org.fxtriage.dicom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.BulkData;
import org.fxtriage.dicom.data.Fragments;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In REFERENCE mode the reader reads headers only: the pixel data of a multi-megabyte radiograph is
 * skipped (a seek on a file), never read into memory, and the references cover exactly its bytes.
 */
class PixelDataReferenceIT {

    static Stream<Path> files() throws IOException {
        return SharedSamples.allFiles().stream().filter(p -> {
            try {
                return Files.size(p) > 1_000_000;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Counts bytes handed out by read(); skipped bytes are not counted. */
    static final class CountingInputStream extends FilterInputStream {
        long read;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void headerParseReadsHeadersNotPixels(Path file) throws IOException {
        long size = Files.size(file);
        Part10File meta = Part10Reader.read(file, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.STOP));
        TransferSyntax ts = meta.transferSyntax();
        try (FileInputStream fin = new FileInputStream(file.toFile())) {
            fin.getChannel().position(meta.datasetOffset());
            CountingInputStream in = new CountingInputStream(fin);
            DatasetReader reader = new DatasetReader(in, ts, ReadOptions.DEFAULT, file, meta.datasetOffset());
            Attributes ds = reader.read();
            assertEquals(size, reader.position(), "consumed up to the end of the file");
            Object px = ds.getValue(Tag.PixelData);
            long pixelBytes;
            if (px instanceof Fragments f) {
                pixelBytes = f.items().stream().mapToLong(BulkData::length).sum();
                for (BulkData item : f.items()) {
                    assertEquals(file, item.file());
                }
            } else {
                BulkData bd = (BulkData) px;
                assertEquals(file, bd.file());
                pixelBytes = bd.length();
            }
            assertTrue(pixelBytes > 500_000, "sample has megabytes of pixels: " + pixelBytes);
            // the header, one 64 KiB buffer fill and ~512 bytes after each skipped fragment
            assertTrue(in.read < 140_000,
                    file.getFileName() + ": read " + in.read + " bytes of " + size + " to parse");
        }
    }
}

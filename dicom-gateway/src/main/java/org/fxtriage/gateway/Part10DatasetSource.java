package org.fxtriage.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.io.DatasetReader;
import org.fxtriage.dicom.io.DatasetWriter;
import org.fxtriage.dicom.io.DicomFormatException;
import org.fxtriage.dicom.io.DicomFormatException.Reason;
import org.fxtriage.dicom.io.Part10File;
import org.fxtriage.dicom.io.Part10Reader;
import org.fxtriage.dicom.io.PixelDataPolicy;
import org.fxtriage.dicom.io.ReadOptions;
import org.fxtriage.dicom.net.service.DatasetSource;

/**
 * A stored Part 10 file (PS3.10 §7.1) as a {@link DatasetSource} for the C-STORE SCU, in the file's own
 * transfer syntax.
 *
 * <p>{@link #open(Path)} reads the whole file once (pixel data referenced in place, not loaded) so that a
 * truncated or malformed file fails with a {@link DicomFormatException} before anything is sent, and
 * decides how the dataset goes on the wire:
 * <ul>
 *   <li><b>verbatim</b> (the common case): the file's bytes from {@link #datasetOffset()} to its end, no
 *       copy, no re-encoding, constant memory;</li>
 *   <li><b>re-encoded</b> when the reader met odd-length values or fragments (PS3.5 §7.1.1 and §A.4
 *       require even lengths; dcmtk storescp and Orthanc abort the association on an odd fragment) or
 *       stray top-level delimiters: {@link #openDataset()} writes the dataset with {@link DatasetWriter},
 *       which pads every value and fragment to even length, into a temporary file that is deleted when
 *       the stream is closed. Pixel data is copied from the original file in chunks, never held whole;
 *       only for deflated and big-endian files does the reader load it (it cannot reference into those).</li>
 * </ul>
 *
 * <p>What else a re-encoding sender normalises, and what we chose: dcmtk's storescu always sends its own
 * encoding of the dataset it loaded, so besides padding odd lengths it drops e.g. Data Set Trailing Padding
 * (FFFC,FFFC) (seen with storescp -B) and may change group lengths and sequence length encodings. Those are
 * valid encodings that receivers accept, so we send them verbatim and re-encode only what is invalid on the
 * wire; a re-encoding then follows {@link DatasetWriter}'s choices (group lengths dropped, sequences and
 * items of undefined length, trailing padding kept). A temporary file rather than a pipe means the
 * re-encoding is complete before the C-STORE request starts, so a file that changed or broke since
 * {@link #open} fails the send instead of aborting a half-sent message.
 */
public final class Part10DatasetSource implements DatasetSource {
    private final Path file;
    private final Path tempDir;
    private final String sopClassUid;
    private final String sopInstanceUid;
    private final String transferSyntaxUid;
    private final long datasetOffset;
    private final long oddLengthValues;
    private final long strayDelimiters;
    private final long size;
    private final FileTime modified;

    private Part10DatasetSource(Path file, Path tempDir, Part10File head, long oddLengthValues, long strayDelimiters,
            long size, FileTime modified) {
        this.file = file;
        this.tempDir = tempDir;
        this.sopClassUid = head.sopClassUid();
        this.sopInstanceUid = head.sopInstanceUid();
        this.transferSyntaxUid = head.transferSyntaxUid();
        this.datasetOffset = head.datasetOffset();
        this.oddLengthValues = oddLengthValues;
        this.strayDelimiters = strayDelimiters;
        this.size = size;
        this.modified = modified;
    }

    /** Checks a Part 10 file; re-encodings (rare) go to temporary files in the default temporary directory. */
    public static Part10DatasetSource open(Path file) throws IOException {
        return open(file, null);
    }

    /**
     * Checks a Part 10 file and decides whether it can be sent verbatim.
     *
     * @param tempDir where re-encoded datasets are staged while sent; {@code null} for the default
     *     temporary directory
     * @throws DicomFormatException the file is not a readable Part 10 file (truncated, malformed, over the
     *     reader's limits, unknown transfer syntax) or names no SOP Class / SOP Instance UID
     */
    public static Part10DatasetSource open(Path file, Path tempDir) throws IOException {
        Objects.requireNonNull(file, "file");
        long size = Files.size(file);
        FileTime modified = Files.getLastModifiedTime(file);
        // Meta group and identity first (stops at pixel data), then the whole dataset with pixel data
        // referenced: the reader checks every length against the file and counts odd ones.
        Part10File head = Part10Reader.read(file, ReadOptions.DEFAULT.withPixelData(PixelDataPolicy.STOP));
        if (head.sopClassUid() == null || head.sopClassUid().isBlank()) {
            throw new DicomFormatException(Reason.BAD_FILE_META, "no SOP Class UID in file meta or dataset",
                    Tag.MediaStorageSOPClassUID, 132);
        }
        if (head.sopInstanceUid() == null || head.sopInstanceUid().isBlank()) {
            throw new DicomFormatException(Reason.BAD_FILE_META, "no SOP Instance UID in file meta or dataset",
                    Tag.MediaStorageSOPInstanceUID, 132);
        }
        DatasetReader reader;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(head.datasetOffset());
            reader = new DatasetReader(in, head.transferSyntax(), ReadOptions.DEFAULT, file, head.datasetOffset());
            reader.read();
        }
        return new Part10DatasetSource(file, tempDir, head, reader.oddLengthValues(), reader.strayDelimiters(), size, modified);
    }

    public Path file() {
        return file;
    }

    /** Where the dataset starts in the file (first byte after the meta group). */
    public long datasetOffset() {
        return datasetOffset;
    }

    /** True when {@link #openDataset()} streams the file's own bytes; false when it re-encodes. */
    public boolean verbatim() {
        return oddLengthValues == 0 && strayDelimiters == 0;
    }

    /** Values and fragments of odd length the reader met (0 for a well-formed file). */
    public long oddLengthValues() {
        return oddLengthValues;
    }

    @Override
    public String sopClassUid() {
        return sopClassUid;
    }

    @Override
    public String sopInstanceUid() {
        return sopInstanceUid;
    }

    @Override
    public String transferSyntaxUid() {
        return transferSyntaxUid;
    }

    /**
     * The dataset bytes in {@link #transferSyntaxUid()}: the file's own from {@link #datasetOffset()}, or
     * its re-encoding (see the class comment).
     *
     * @throws IOException the file changed since {@link #open} (size or modification time), or cannot be
     *     read or re-encoded
     */
    @Override
    public InputStream openDataset() throws IOException {
        if (Files.size(file) != size || !Files.getLastModifiedTime(file).equals(modified)) {
            throw new IOException(file.getFileName() + " changed since it was checked for sending");
        }
        if (verbatim()) {
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(datasetOffset);
            } catch (IOException e) {
                in.close();
                throw e;
            }
            return in;
        }
        return reencoded();
    }

    private InputStream reencoded() throws IOException {
        Path staged = tempDir == null ? Files.createTempFile("fxtriage-store-", ".dataset")
                : Files.createTempFile(tempDir, "fxtriage-store-", ".dataset");
        try {
            Part10File f = Part10Reader.read(file); // pixel data referenced in place, copied by the writer in chunks
            try (OutputStream out = Files.newOutputStream(staged)) {
                DatasetWriter.write(out, f.dataset(), f.transferSyntax());
            }
            // DELETE_ON_CLOSE: the staged copy goes with the stream, whoever closes it
            return Files.newInputStream(staged, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(staged);
            throw e;
        }
    }

    @Override
    public String toString() {
        return "Part10DatasetSource[" + file.getFileName() + ", " + sopInstanceUid + ", " + transferSyntaxUid
                + (verbatim() ? ", verbatim]" : ", re-encoded]");
    }
}

package org.fxtriage.dicom.io;

import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;
import org.fxtriage.dicom.io.DicomFormatException.Reason;

/**
 * Reads DICOM Part 10 files (PS3.10 §7.1): 128-byte preamble, "DICM", the File Meta Information in
 * explicit VR little endian, then the dataset in the transfer syntax the meta names.
 *
 * <p>From a file, pixel data stays in the file by default ({@link PixelDataPolicy#REFERENCE}); from a
 * stream it is loaded, skipped, handed to a consumer or the read stops before it.
 */
public final class Part10Reader {
    private Part10Reader() {}

    /** Reads a file with default limits, pixel data referenced in place. */
    public static Part10File read(Path file) throws IOException {
        return read(file, ReadOptions.DEFAULT);
    }

    public static Part10File read(Path file, ReadOptions options) throws IOException {
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return read(in, options, file);
        }
    }

    /**
     * Reads a Part 10 file from a stream (not closed). {@link PixelDataPolicy#REFERENCE} acts as
     * {@link PixelDataPolicy#LOAD} here, since there is no file to point into.
     */
    public static Part10File read(InputStream in, ReadOptions options) throws IOException {
        return read(in, options, null);
    }

    private static Part10File read(InputStream stream, ReadOptions options, Path file) throws IOException {
        DicomInput in = new DicomInput(stream, 0, 65536);
        byte[] preamble = new byte[132];
        try {
            in.readFully(preamble, 0, 132);
        } catch (EOFException e) {
            throw new DicomFormatException(Reason.BAD_PREAMBLE, "shorter than preamble and DICM prefix", Tag.NONE, 0, e);
        }
        if (preamble[128] != 'D' || preamble[129] != 'I' || preamble[130] != 'C' || preamble[131] != 'M') {
            throw new DicomFormatException(Reason.BAD_PREAMBLE, "no DICM prefix after the 128-byte preamble", Tag.NONE, 128);
        }
        Attributes meta = new DatasetReader(in, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                options.withPixelData(PixelDataPolicy.SKIP), null, 132, true).read();
        long datasetOffset = in.position();
        String tsUid = meta.getString(Tag.TransferSyntaxUID);
        if (tsUid == null) {
            throw new DicomFormatException(Reason.BAD_FILE_META, "no Transfer Syntax UID", Tag.TransferSyntaxUID, 132);
        }
        TransferSyntax ts = TransferSyntax.of(tsUid).orElseThrow(() -> new DicomFormatException(
                Reason.UNSUPPORTED_TRANSFER_SYNTAX, "unknown transfer syntax " + tsUid, Tag.TransferSyntaxUID, 132));
        DatasetReader reader;
        if (ts.deflated()) {
            DicomInput inflated = new DicomInput(new InflaterInputStream(in.remainder(), new Inflater(true), 16384), 0, 65536);
            reader = new DatasetReader(inflated, ts, options, null, 0, false);
        } else {
            reader = new DatasetReader(in, ts, options, file, datasetOffset, false);
        }
        Attributes dataset = reader.read();
        return new Part10File(meta, dataset, tsUid, datasetOffset);
    }
}

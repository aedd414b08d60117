package org.fxtriage.dicom.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;
import org.fxtriage.dicom.io.DicomFormatException.Reason;

/**
 * Writes DICOM Part 10 files (PS3.10 §7.1): 128 zero bytes, "DICM", the File Meta Information group in
 * explicit VR little endian with its group length (0002,0000), then the dataset in the meta's transfer
 * syntax.
 */
public final class Part10Writer {
    private Part10Writer() {}

    /**
     * Writes preamble, prefix and meta group only. The C-STORE SCP calls this and then copies the
     * received dataset bytes verbatim after it (no transcoding): the meta's transfer syntax must be the
     * one the dataset was received in.
     */
    public static void writeFileMetaInformation(OutputStream out, FileMetaInformation meta) throws IOException {
        ByteArrayOutputStream group = new ByteArrayOutputStream(256);
        DatasetWriter w = new DatasetWriter(group, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        w.write(meta.toAttributes(), false);
        w.finish();
        int len = group.size();
        byte[] head = new byte[128 + 4 + 12];
        head[128] = 'D';
        head[129] = 'I';
        head[130] = 'C';
        head[131] = 'M';
        // (0002,0000) UL 4 <len>
        byte[] gl = {0x02, 0x00, 0x00, 0x00, 'U', 'L', 4, 0, (byte) len, (byte) (len >>> 8), (byte) (len >>> 16), (byte) (len >>> 24)};
        System.arraycopy(gl, 0, head, 132, 12);
        out.write(head);
        group.writeTo(out);
    }

    /** Writes a complete file: meta, then {@code dataset} encoded in the meta's transfer syntax. */
    public static void write(OutputStream out, FileMetaInformation meta, Attributes dataset) throws IOException {
        TransferSyntax ts = TransferSyntax.of(meta.transferSyntaxUid()).orElseThrow(() -> new DicomFormatException(
                Reason.UNSUPPORTED_TRANSFER_SYNTAX, "cannot encode in " + meta.transferSyntaxUid(), Tag.TransferSyntaxUID, -1));
        writeFileMetaInformation(out, meta);
        DatasetWriter w = new DatasetWriter(out, ts);
        w.write(dataset);
        w.finish();
    }

    /**
     * Writes {@code dataset} to {@code file} in the given transfer syntax, with meta from the dataset's
     * SOP Class and Instance UIDs and fxtriage as implementation. Not atomic: write to a temporary
     * name and rename when a reader must never see a partial file.
     */
    public static void write(Path file, Attributes dataset, String transferSyntaxUid) throws IOException {
        write(file, FileMetaInformation.forDataset(dataset, transferSyntaxUid), dataset);
    }

    public static void write(Path file, FileMetaInformation meta, Attributes dataset) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 65536)) {
            write(out, meta, dataset);
        }
    }
}

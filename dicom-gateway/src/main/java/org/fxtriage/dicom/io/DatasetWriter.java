package org.fxtriage.dicom.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.BulkData;
import org.fxtriage.dicom.data.Fragments;
import org.fxtriage.dicom.data.Sequence;
import org.fxtriage.dicom.data.SpecificCharacterSet;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;
import org.fxtriage.dicom.data.VR;

/**
 * Writes a bare dataset in a transfer syntax (PS3.5 §7, §10): implicit VR LE, explicit VR LE/BE,
 * deflated explicit VR LE, and the encapsulated syntaxes (pixel data as {@link Fragments}).
 *
 * <p>Choices: sequences and items are written with undefined length (always valid, needs no second
 * pass); group length elements (gggg,0000) and the file meta group are not written (retired in
 * datasets, PS3.5 §7.2, and stale after re-encoding); values are padded to even length with the
 * VR's padding byte; in explicit VR a value too long for a 16-bit length is written as UN
 * (PS3.5 §6.2.2). Pixel data must match the transfer syntax: fragments need an encapsulated one,
 * native data a native one.
 */
public final class DatasetWriter {
    private final OutputStream sink;
    private final OutputStream out;
    private final java.util.zip.Deflater deflater;
    private final TransferSyntax ts;
    private final boolean explicit;
    private final boolean bigEndian;
    private final byte[] buf = new byte[65536];
    private int n;

    /** Writes to {@code out} (not closed; call {@link #finish()} at the end). */
    public DatasetWriter(OutputStream out, TransferSyntax ts) {
        this.sink = out;
        this.ts = ts;
        this.explicit = ts.explicitVR();
        this.bigEndian = ts.bigEndian();
        if (ts.deflated()) {
            deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
            this.out = new java.util.zip.DeflaterOutputStream(out, deflater, 65536);
        } else {
            deflater = null;
            this.out = out;
        }
    }

    /** Writes one dataset in {@code ts} and finishes (see {@link #finish()}). */
    public static void write(OutputStream out, Attributes dataset, TransferSyntax ts) throws IOException {
        DatasetWriter w = new DatasetWriter(out, ts);
        w.write(dataset);
        w.finish();
    }

    /** Encodes a dataset into a byte array. */
    public static byte[] toBytes(Attributes dataset, TransferSyntax ts) throws IOException {
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        write(bos, dataset, ts);
        return bos.toByteArray();
    }

    /** Writes the elements of a dataset (top level: group 0002 and group lengths left out). */
    public void write(Attributes dataset) throws IOException {
        writeItemContent(dataset, true);
    }

    /** As {@link #write(Attributes)}; {@code skipFileMeta} false keeps group 0002 (to write the meta group itself). */
    void write(Attributes dataset, boolean skipFileMeta) throws IOException {
        writeItemContent(dataset, skipFileMeta);
    }

    /**
     * Flushes buffered bytes and, for deflate, ends the deflated stream; the underlying stream stays
     * open.
     */
    public void finish() throws IOException {
        flushBuffer();
        if (deflater != null) {
            ((java.util.zip.DeflaterOutputStream) out).finish();
            deflater.end();
        }
        sink.flush();
    }

    // ------------------------------------------------------------------------------------------

    private void writeItemContent(Attributes ds, boolean topLevel) throws IOException {
        SpecificCharacterSet cs = ds.specificCharacterSet();
        for (int i = 0, size = ds.size(); i < size; i++) {
            int tag = ds.tagAt(i);
            if (Tag.isGroupLength(tag) || (topLevel && (tag >>> 16) == 0x0002) || (tag >>> 16) == 0xFFFE) {
                continue;
            }
            writeElement(tag, ds.vrAt(i), ds.valueAt(i), cs);
        }
    }

    private void writeElement(int tag, VR vr, Object value, SpecificCharacterSet cs) throws IOException {
        if (value instanceof Sequence seq) {
            header(tag, VR.SQ, 0xFFFFFFFFL);
            for (Attributes item : seq) {
                putTag(Tag.Item);
                put32(0xFFFFFFFFL);
                writeItemContent(item, false);
                putTag(Tag.ItemDelimitationItem);
                put32(0);
            }
            putTag(Tag.SequenceDelimitationItem);
            put32(0);
            return;
        }
        if (value instanceof Fragments f) {
            if (!ts.encapsulated()) {
                throw new IllegalArgumentException("encapsulated pixel data in " + Tag.toString(tag)
                        + " cannot be written in native transfer syntax " + ts.uid());
            }
            header(tag, vr, 0xFFFFFFFFL);
            for (BulkData item : f.items()) {
                long len = item.length();
                putTag(Tag.Item);
                put32(len + (len & 1));
                copy(item);
                if ((len & 1) != 0) {
                    put(0);
                }
            }
            putTag(Tag.SequenceDelimitationItem);
            put32(0);
            return;
        }
        if (ts.encapsulated() && tag == Tag.PixelData) {
            throw new IllegalArgumentException("native pixel data cannot be written in encapsulated transfer syntax " + ts.uid());
        }
        if (value instanceof BulkData bd) {
            long len = bd.length();
            VR wvr = len + (len & 1) > vr.maxEncodableLength() && explicit ? VR.UN : vr;
            if (len + (len & 1) > 0xFFFFFFFEL) {
                throw new IllegalArgumentException("value of " + Tag.toString(tag) + " too long for DICOM");
            }
            header(tag, wvr, len + (len & 1));
            if (bigEndian && vr.bytesPerValue() > 1) {
                byte[] b = swapped(bd.readBytes(), vr);
                putBytes(b, 0, b.length);
            } else {
                copy(bd);
            }
            if ((len & 1) != 0) {
                put(0);
            }
            return;
        }
        byte[] b;
        if (value instanceof String s) {
            b = vr.isCharsetDependent() ? cs.encode(s) : s.getBytes(StandardCharsets.ISO_8859_1);
        } else {
            b = (byte[]) value;
            if (bigEndian) {
                b = swapped(b, vr);
            }
        }
        int len = b.length + (b.length & 1);
        VR wvr = explicit && len > vr.maxEncodableLength() ? VR.UN : vr;
        header(tag, wvr, len);
        putBytes(b, 0, b.length);
        if ((b.length & 1) != 0) {
            put(vr.paddingByte());
        }
    }

    private static byte[] swapped(byte[] src, VR vr) {
        int unit = vr == VR.AT ? 2 : vr.bytesPerValue();
        if (unit <= 1) {
            return src;
        }
        byte[] b = src.clone();
        for (int o = 0; o + unit <= b.length; o += unit) {
            for (int i = 0, j = unit - 1; i < j; i++, j--) {
                byte t = b[o + i];
                b[o + i] = b[o + j];
                b[o + j] = t;
            }
        }
        return b;
    }

    private void header(int tag, VR vr, long len) throws IOException {
        putTag(tag);
        if (!explicit) {
            put32(len);
            return;
        }
        put(vr.code() >>> 8);
        put(vr.code() & 0xFF);
        if (vr.hasLongHeader()) {
            put16(0);
            put32(len);
        } else {
            put16((int) len);
        }
    }

    private void putTag(int tag) throws IOException {
        put16(tag >>> 16);
        put16(tag & 0xFFFF);
    }

    private void put(int b) throws IOException {
        if (n == buf.length) {
            flushBuffer();
        }
        buf[n++] = (byte) b;
    }

    private void put16(int v) throws IOException {
        if (n + 2 > buf.length) {
            flushBuffer();
        }
        if (bigEndian) {
            buf[n++] = (byte) (v >>> 8);
            buf[n++] = (byte) v;
        } else {
            buf[n++] = (byte) v;
            buf[n++] = (byte) (v >>> 8);
        }
    }

    private void put32(long v) throws IOException {
        if (bigEndian) {
            put16((int) (v >>> 16) & 0xFFFF);
            put16((int) v & 0xFFFF);
        } else {
            put16((int) v & 0xFFFF);
            put16((int) (v >>> 16) & 0xFFFF);
        }
    }

    private void putBytes(byte[] b, int off, int len) throws IOException {
        if (len >= buf.length) {
            flushBuffer();
            out.write(b, off, len);
            return;
        }
        if (n + len > buf.length) {
            flushBuffer();
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
    }

    private void copy(BulkData bd) throws IOException {
        if (bd.inMemory()) {
            byte[] b = bd.readBytes();
            putBytes(b, 0, b.length);
            return;
        }
        flushBuffer();
        try (InputStream in = bd.openStream()) {
            long copied = in.transferTo(out);
            if (copied != bd.length()) {
                throw new java.io.EOFException("bulk data file " + bd.file().getFileName() + " is shorter than its reference");
            }
        }
    }

    private void flushBuffer() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }
}

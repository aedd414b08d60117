package org.fxtriage.dicom.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.BulkData;
import org.fxtriage.dicom.data.Fragments;
import org.fxtriage.dicom.data.Sequence;
import org.fxtriage.dicom.data.SpecificCharacterSet;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;
import org.fxtriage.dicom.data.VR;
import org.fxtriage.dicom.io.DicomFormatException.Reason;

/**
 * Reads a bare dataset (no preamble, no file meta) in a given transfer syntax from a stream: the
 * body of a Part 10 file after its meta group, or a C-STORE dataset reassembled from P-DATA.
 *
 * <p>Encoding rules: PS3.5 §7.1 (data elements, explicit and implicit VR), §7.5 (sequences and items
 * of defined and undefined length), §A.4 (encapsulated pixel data), §10 (transfer syntaxes), §6.2.2
 * (an explicit UN of undefined length holds implicit VR LE items). The stream does not need to be
 * seekable; when it is a file, pass its path so pixel data can stay a {@link BulkData} reference.
 *
 * <p>Every length is checked against {@link DicomLimits} and against the enclosing item before any
 * allocation; violations raise {@link DicomFormatException} naming the tag and byte offset. A reader
 * is used once.
 */
public final class DatasetReader {
    private static final long UNDEFINED = 0xFFFFFFFFL;

    private final DicomInput in;
    private final ReadOptions options;
    private final DicomLimits limits;
    private final boolean explicitVR;
    private final boolean bigEndian;
    private final Path file;
    private final long fileSize;
    private final long startPosition;
    private final boolean metaOnly;

    private long pixelBytes;
    private int elementCount;
    private int currentTag = Tag.NONE;
    private long pixelDataPosition = -1;
    private boolean stoppedAtPixelData;
    private boolean used;
    private long oddLengthValues;
    private long strayDelimiters;

    /** Reads from a stream; pixel data cannot be referenced, so REFERENCE acts as LOAD. */
    public DatasetReader(InputStream in, TransferSyntax ts, ReadOptions options) {
        this(in, ts, options, null, 0);
    }

    /**
     * Reads from a stream positioned at byte {@code startOffset} of {@code file}, so that pixel data
     * can be referenced by file offset. The stream must deliver exactly the file's bytes from there
     * (e.g. a {@link java.io.FileInputStream} after skipping {@code startOffset}).
     */
    public DatasetReader(InputStream in, TransferSyntax ts, ReadOptions options, Path file, long startOffset) {
        this(wrap(in, ts, startOffset), ts, options, ts.deflated() ? null : file, ts.deflated() ? 0 : startOffset, false);
    }

    private static DicomInput wrap(InputStream in, TransferSyntax ts, long startOffset) {
        InputStream src = ts.deflated() ? new InflaterInputStream(in, new Inflater(true), 16384) : in;
        return new DicomInput(src, ts.deflated() ? 0 : startOffset, 65536);
    }

    DatasetReader(DicomInput in, TransferSyntax ts, ReadOptions options, Path file, long startOffset, boolean metaOnly) {
        this.in = in;
        this.options = options;
        this.limits = options.limits();
        this.explicitVR = ts.explicitVR();
        this.bigEndian = ts.bigEndian();
        this.file = bigEndian ? null : file;
        long size = -1;
        if (this.file != null) {
            try {
                size = Files.size(this.file);
            } catch (IOException e) {
                size = -1;
            }
        }
        this.fileSize = size;
        this.startPosition = startOffset;
        this.metaOnly = metaOnly;
        in.bigEndian = bigEndian;
    }

    /** Convenience: reads a whole dataset from a stream. */
    public static Attributes read(InputStream in, TransferSyntax ts, ReadOptions options) throws IOException {
        return new DatasetReader(in, ts, options).read();
    }

    /**
     * Reads the dataset to the end of the stream (or to the pixel data with {@link PixelDataPolicy#STOP}).
     *
     * @throws DicomFormatException for malformed, truncated or over-limit input
     * @throws IOException when the stream itself fails
     */
    public Attributes read() throws IOException {
        if (used) {
            throw new IllegalStateException("a DatasetReader reads once");
        }
        used = true;
        Attributes ds = new Attributes(64);
        try {
            readItemContent(ds, -1, 0, SpecificCharacterSet.DEFAULT, explicitVR);
        } catch (EOFException e) {
            throw new DicomFormatException(Reason.TRUNCATED, "input ends early", currentTag, in.position(), e);
        } catch (ZipException e) {
            throw new DicomFormatException(Reason.BAD_DEFLATE, "corrupt deflate stream", currentTag, in.position(), e);
        }
        return ds;
    }

    /** Position after the last byte consumed (file offset when a start offset was given). */
    public long position() {
        return in.position();
    }

    /** Where the top-level pixel data element header starts, or -1 when none was met. */
    public long pixelDataPosition() {
        return pixelDataPosition;
    }

    /**
     * Values (elements, pixel data, fragments) met with an odd defined length, which PS3.5 §7.1.1 and §A.4
     * forbid; the reader accepts them, a sender that forwards the bytes verbatim must not (a writer pads them).
     */
    public long oddLengthValues() {
        return oddLengthValues;
    }

    /** Item or sequence delimiters met at the top level after an element, tolerated and dropped by the reader. */
    public long strayDelimiters() {
        return strayDelimiters;
    }

    /** True when reading stopped before pixel data ({@link PixelDataPolicy#STOP}). */
    public boolean stoppedAtPixelData() {
        return stoppedAtPixelData;
    }

    // ------------------------------------------------------------------------------------------

    private DicomFormatException error(Reason r, String detail, long offset) {
        return new DicomFormatException(r, detail, currentTag, offset);
    }

    private void checkHeaderBudget(long more) throws DicomFormatException {
        long header = in.position() - startPosition - pixelBytes;
        if (header + more > limits.maxHeaderBytes()) {
            throw error(Reason.LIMIT_EXCEEDED, "header larger than " + limits.maxHeaderBytes() + " bytes", in.position());
        }
    }

    private void countElement(long offset) throws DicomFormatException {
        if (++elementCount > limits.maxElementCount()) {
            throw error(Reason.LIMIT_EXCEEDED, "more than " + limits.maxElementCount() + " elements", offset);
        }
    }

    private static boolean isPixelData(int tag) {
        return tag == Tag.PixelData || tag == Tag.FloatPixelData || tag == Tag.DoubleFloatPixelData;
    }

    /**
     * Reads elements into {@code ds} until {@code end} (defined length), an item delimiter (undefined
     * length item, depth > 0) or the end of input (top level).
     */
    private void readItemContent(Attributes ds, long end, int depth, SpecificCharacterSet cs, boolean explicit)
            throws IOException {
        while (true) {
            long start = in.position();
            if (end >= 0) {
                if (start == end) {
                    return;
                }
                if (start > end) {
                    throw error(Reason.BAD_LENGTH, "element runs past the end of its item", start);
                }
            } else if (depth == 0) {
                if (metaOnly) {
                    int g = in.peekU16();
                    if (g != 0x0002) {
                        return;
                    }
                } else if (in.atEnd()) {
                    return;
                }
            }
            int tag = in.tag();
            currentTag = tag;
            if ((tag >>> 16) == 0xFFFE) {
                long len = in.s32() & UNDEFINED;
                checkHeaderBudget(0);
                if (tag == Tag.ItemDelimitationItem && end < 0 && depth > 0) {
                    return;
                }
                if (depth == 0 && (tag == Tag.SequenceDelimitationItem || tag == Tag.ItemDelimitationItem) && len == 0) {
                    strayDelimiters++;
                    continue; // stray delimiter after the dataset, left by some writers: harmless
                }
                throw error(Reason.BAD_ITEM, "item or delimiter tag outside a sequence", start);
            }
            VR vr;
            long len;
            if (explicit) {
                int code = in.vrCode();
                vr = VR.ofCode(code);
                if (vr == null) {
                    throw error(Reason.BAD_VR, String.format("bytes %02X %02X are not a VR", code >>> 8, code & 0xFF), start + 4);
                }
                if (vr.hasLongHeader()) {
                    in.u16(); // reserved
                    len = in.s32() & UNDEFINED;
                } else {
                    len = in.u16();
                }
            } else {
                vr = implicitVR(tag, ds);
                len = in.s32() & UNDEFINED;
            }
            countElement(start);
            checkHeaderBudget(0);
            if (len != UNDEFINED && end >= 0 && in.position() + len > end) {
                throw error(Reason.BAD_LENGTH, "length " + len + " runs past the end of its item", start);
            }
            if (depth == 0 && isPixelData(tag) && !metaOnly) {
                pixelDataPosition = start;
                if (options.pixelData() == PixelDataPolicy.STOP) {
                    stoppedAtPixelData = true;
                    return;
                }
                readPixelData(ds, tag, vr, len, start);
                continue;
            }
            if (len == UNDEFINED) {
                if (vr == VR.SQ || vr == VR.UN || !explicit) {
                    // explicit UN of undefined length holds implicit VR LE items (PS3.5 §6.2.2)
                    boolean contentExplicit = explicit && vr == VR.SQ;
                    readSequence(ds, tag, len, depth, cs, contentExplicit, start);
                } else if (isPixelData(tag)) {
                    ds.setValue(tag, VR.OB, readFragments(tag, start, PixelDataPolicy.LOAD));
                } else {
                    throw error(Reason.BAD_LENGTH, "undefined length on VR " + vr, start);
                }
                continue;
            }
            if (vr == VR.SQ) {
                readSequence(ds, tag, len, depth, cs, explicit, start);
                continue;
            }
            if (len > limits.maxElementLength()) {
                throw error(Reason.LIMIT_EXCEEDED, "value of " + len + " bytes exceeds limit " + limits.maxElementLength(), start);
            }
            checkHeaderBudget(len);
            oddLengthValues += len & 1;
            byte[] b = in.readBytes(len);
            if (vr.isString()) {
                ds.setValue(tag, vr, decode(b, vr, cs));
                if (tag == Tag.SpecificCharacterSet) {
                    cs = SpecificCharacterSet.of(ds.getStrings(tag));
                }
            } else {
                if (in.bigEndian) {
                    swap(b, vr);
                }
                ds.setValue(tag, vr, b);
            }
        }
    }

    private static String decode(byte[] b, VR vr, SpecificCharacterSet cs) {
        int n = b.length;
        while (n > 0 && (b[n - 1] == ' ' || b[n - 1] == 0)) {
            n--;
        }
        if (n == 0) {
            return "";
        }
        return vr.isCharsetDependent() ? cs.decode(b, 0, n) : new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** VR for implicit VR data from the dictionary; ambiguous ones decided as PS3.5 Annex A describes. */
    private static VR implicitVR(int tag, Attributes ds) {
        VR vr = Tag.vrOf(tag);
        // every ambiguous PS3.6 entry starts with US or OB ("US or SS", "US or OW", "OB or OW")
        if ((vr != VR.US && vr != VR.OB) || !Tag.hasAmbiguousVR(tag)) {
            return vr;
        }
        VR[] alt = Tag.vrsOf(tag);
        if (alt[0] == VR.OB) {
            return VR.OW; // implicit VR LE pixel, overlay and waveform data are OW (PS3.5 §A.1)
        }
        if (tag == Tag.LUTData) {
            return VR.OW;
        }
        // "US or SS": signed when the image says its pixels are signed (PS3.3 C.7.6.3.1.4)
        for (Attributes a = ds; a != null; a = a.parent()) {
            if (a.contains(Tag.PixelRepresentation)) {
                return a.getInt(Tag.PixelRepresentation, 0) == 1 ? VR.SS : VR.US;
            }
        }
        return VR.US;
    }

    /** Byte-swaps binary values from big endian to the little-endian order {@link Attributes} holds. */
    private static void swap(byte[] b, VR vr) {
        int unit = vr == VR.AT ? 2 : vr.bytesPerValue();
        if (unit <= 1) {
            return;
        }
        int n = b.length - b.length % unit;
        for (int o = 0; o < n; o += unit) {
            for (int i = 0, j = unit - 1; i < j; i++, j--) {
                byte t = b[o + i];
                b[o + i] = b[o + j];
                b[o + j] = t;
            }
        }
    }

    private void readSequence(Attributes ds, int tag, long len, int depth, SpecificCharacterSet cs,
            boolean explicitContent, long start) throws IOException {
        if (depth + 1 > limits.maxNestingDepth()) {
            throw error(Reason.NESTING_TOO_DEEP, "sequences nested deeper than " + limits.maxNestingDepth(), start);
        }
        Sequence seq = ds.newSequence(tag);
        long end = len == UNDEFINED ? -1 : in.position() + len;
        boolean savedOrder = in.bigEndian;
        if (!explicitContent && explicitVR) {
            in.bigEndian = false; // UN of undefined length: implicit VR little endian inside
        }
        while (true) {
            long itemStart = in.position();
            if (end >= 0) {
                if (itemStart == end) {
                    break;
                }
                if (itemStart > end) {
                    throw error(Reason.BAD_LENGTH, "item runs past the end of its sequence", itemStart);
                }
            }
            int itemTag = in.tag();
            long itemLen = in.s32() & UNDEFINED;
            countElement(itemStart);
            checkHeaderBudget(0);
            if (itemTag == Tag.SequenceDelimitationItem) {
                if (end < 0) {
                    break;
                }
                throw error(Reason.BAD_ITEM, "sequence delimiter in a sequence of defined length", itemStart);
            }
            if (itemTag != Tag.Item) {
                throw error(Reason.BAD_ITEM, "expected an item tag, found " + Tag.toString(itemTag), itemStart);
            }
            long itemEnd = -1;
            if (itemLen != UNDEFINED) {
                itemEnd = in.position() + itemLen;
                if (end >= 0 && itemEnd > end) {
                    throw error(Reason.BAD_LENGTH, "item length " + itemLen + " runs past the end of its sequence", itemStart);
                }
            }
            Attributes item = seq.addItem();
            readItemContent(item, itemEnd, depth + 1, cs, explicitContent);
            currentTag = tag;
        }
        in.bigEndian = savedOrder;
    }

    private PixelDataPolicy effectivePolicy() {
        PixelDataPolicy p = options.pixelData();
        if (p == PixelDataPolicy.REFERENCE && (file == null || fileSize < 0)) {
            return PixelDataPolicy.LOAD;
        }
        return p;
    }

    private void readPixelData(Attributes ds, int tag, VR vr, long len, long start) throws IOException {
        PixelDataPolicy policy = effectivePolicy();
        if (len == UNDEFINED) {
            Fragments f = readFragments(tag, start, policy);
            if (f != null) {
                // encapsulated pixel data is OB whatever the header says (PS3.5 §A.4); some writers put OW
                ds.setValue(tag, VR.OB, f);
            }
            return;
        }
        long valuePos = in.position();
        oddLengthValues += len & 1;
        switch (policy) {
            case REFERENCE -> {
                if (valuePos + len > fileSize) {
                    throw error(Reason.TRUNCATED, "pixel data of " + len + " bytes runs past the end of the file", start);
                }
                ds.setValue(tag, vr, BulkData.ofFile(file, valuePos, len));
                in.skip(len);
            }
            case LOAD -> {
                if (len > limits.maxPixelDataLength()) {
                    throw error(Reason.LIMIT_EXCEEDED, "pixel data of " + len + " bytes exceeds limit " + limits.maxPixelDataLength(), start);
                }
                byte[] b = in.readBytes(len);
                if (in.bigEndian) {
                    swap(b, vr);
                }
                ds.setValue(tag, vr, b);
            }
            case SKIP -> in.skip(len);
            case CONSUME -> {
                try (InputStream s = in.bounded(len)) {
                    options.consumer().nativeValue(tag, vr, len, s);
                }
            }
            default -> throw new IllegalStateException(policy.name());
        }
        pixelBytes += len;
    }

    /** Items of encapsulated pixel data (PS3.5 §A.4); null when the policy keeps nothing. */
    private Fragments readFragments(int tag, long start, PixelDataPolicy policy) throws IOException {
        List<BulkData> items = new ArrayList<>();
        long total = 0;
        int index = 0;
        while (true) {
            long itemStart = in.position();
            int itemTag = in.tag();
            long len = in.s32() & UNDEFINED;
            checkHeaderBudget(0);
            if (itemTag == Tag.SequenceDelimitationItem) {
                break;
            }
            if (itemTag != Tag.Item) {
                throw error(Reason.BAD_ITEM, "expected a fragment item, found " + Tag.toString(itemTag), itemStart);
            }
            if (len == UNDEFINED) {
                throw error(Reason.BAD_LENGTH, "fragment of undefined length", itemStart);
            }
            if (index >= limits.maxFragments()) {
                throw error(Reason.LIMIT_EXCEEDED, "more than " + limits.maxFragments() + " fragments", itemStart);
            }
            long valuePos = in.position();
            oddLengthValues += len & 1;
            switch (policy) {
                case REFERENCE -> {
                    if (valuePos + len > fileSize) {
                        throw error(Reason.TRUNCATED, "fragment of " + len + " bytes runs past the end of the file", itemStart);
                    }
                    items.add(BulkData.ofFile(file, valuePos, len));
                    in.skip(len);
                }
                case LOAD -> {
                    total += len;
                    if (total > limits.maxPixelDataLength()) {
                        throw error(Reason.LIMIT_EXCEEDED, "pixel data fragments exceed limit " + limits.maxPixelDataLength(), itemStart);
                    }
                    items.add(BulkData.ofBytes(in.readBytes(len)));
                }
                case SKIP -> in.skip(len);
                case CONSUME -> {
                    try (InputStream s = in.bounded(len)) {
                        options.consumer().fragment(tag, index, len, s);
                    }
                }
                default -> throw new IllegalStateException(policy.name());
            }
            pixelBytes += len;
            index++;
        }
        if (index == 0) {
            throw error(Reason.BAD_ITEM, "encapsulated pixel data without a Basic Offset Table item", start);
        }
        return policy == PixelDataPolicy.REFERENCE || policy == PixelDataPolicy.LOAD ? new Fragments(items) : null;
    }
}

package org.fxtriage.dicom.io;

import java.io.IOException;
import org.fxtriage.dicom.data.Tag;

/**
 * The bytes are not a DICOM dataset or file we accept: malformed, truncated, or beyond a
 * {@link DicomLimits limit}. Carries a {@link Reason}, the tag being read and the byte offset, so a
 * log line can say exactly what was wrong without printing any value (no patient data).
 */
public class DicomFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why the input was refused. */
    public enum Reason {
        /** The input ends inside a header or value. */
        TRUNCATED,
        /** An element, the header or the pixel data is larger than {@link DicomLimits} allow. */
        LIMIT_EXCEEDED,
        /** No 128-byte preamble followed by "DICM" (PS3.10 §7.1). */
        BAD_PREAMBLE,
        /** The file meta information is missing a required element or is malformed (PS3.10 §7.1). */
        BAD_FILE_META,
        /** An explicit VR header carries bytes that are not a VR (PS3.5 §6.2). */
        BAD_VR,
        /** A length field is impossible: odd where even is required, undefined where not allowed, or past its container. */
        BAD_LENGTH,
        /** An item or delimiter tag where it does not belong, or a missing one (PS3.5 §7.5). */
        BAD_ITEM,
        /** Sequences nested deeper than {@link DicomLimits#maxNestingDepth()}. */
        NESTING_TOO_DEEP,
        /** The transfer syntax UID is not one this codec can read or write. */
        UNSUPPORTED_TRANSFER_SYNTAX,
        /** The deflated bitstream of Deflated Explicit VR Little Endian is corrupt. */
        BAD_DEFLATE
    }

    private final Reason reason;
    private final int tag;
    private final long offset;

    /**
     * @param tag the element being read, or {@link Tag#NONE}
     * @param offset byte offset in the file or stream where the problem was found, or -1
     */
    public DicomFormatException(Reason reason, String detail, int tag, long offset) {
        super(format(reason, detail, tag, offset));
        this.reason = reason;
        this.tag = tag;
        this.offset = offset;
    }

    public DicomFormatException(Reason reason, String detail, int tag, long offset, Throwable cause) {
        this(reason, detail, tag, offset);
        initCause(cause);
    }

    private static String format(Reason reason, String detail, int tag, long offset) {
        StringBuilder sb = new StringBuilder().append(reason).append(": ").append(detail);
        if (tag != Tag.NONE) {
            sb.append(" in ").append(Tag.toString(tag));
        }
        if (offset >= 0) {
            sb.append(" at offset ").append(offset);
        }
        return sb.toString();
    }

    public Reason reason() {
        return reason;
    }

    /** The tag being read, or {@link Tag#NONE}. */
    public int tag() {
        return tag;
    }

    /** Byte offset of the problem, or -1. */
    public long offset() {
        return offset;
    }
}

package org.fxtriage.dicom.data;

/**
 * Value Representations of PS3.5 §6.2 (2024 edition), with the facts the codec needs: the explicit VR
 * header form (PS3.5 §7.1.2), the padding byte, whether values are text and whether text depends on
 * the specific character set.
 */
public enum VR {
    AE(Kind.STRING, 16, false, false),
    AS(Kind.STRING, 4, false, false),
    AT(Kind.BINARY, 4, false, false),
    CS(Kind.STRING, 16, false, false),
    DA(Kind.STRING, 8, false, false),
    DS(Kind.STRING, 16, false, false),
    DT(Kind.STRING, 26, false, false),
    FD(Kind.BINARY, 8, false, false),
    FL(Kind.BINARY, 4, false, false),
    IS(Kind.STRING, 12, false, false),
    LO(Kind.STRING, 64, false, true),
    LT(Kind.TEXT, 10240, false, true),
    OB(Kind.BINARY, 1, true, false),
    OD(Kind.BINARY, 8, true, false),
    OF(Kind.BINARY, 4, true, false),
    OL(Kind.BINARY, 4, true, false),
    OV(Kind.BINARY, 8, true, false),
    OW(Kind.BINARY, 2, true, false),
    PN(Kind.STRING, 64, false, true),
    SH(Kind.STRING, 16, false, true),
    SL(Kind.BINARY, 4, false, false),
    SQ(Kind.SEQUENCE, 0, true, false),
    SS(Kind.BINARY, 2, false, false),
    ST(Kind.TEXT, 1024, false, true),
    SV(Kind.BINARY, 8, true, false),
    TM(Kind.STRING, 16, false, false),
    UC(Kind.STRING, -1, true, true),
    UI(Kind.STRING, 64, false, false),
    UL(Kind.BINARY, 4, false, false),
    UN(Kind.BINARY, 1, true, false),
    UR(Kind.TEXT, -1, true, false),
    US(Kind.BINARY, 2, false, false),
    UT(Kind.TEXT, -1, true, true),
    UV(Kind.BINARY, 8, true, false);

    /** How values of a VR are represented. */
    public enum Kind {
        /** Character string, several values separated by backslash (VM may exceed 1). */
        STRING,
        /** Character string that is always one value: a backslash is an ordinary character. */
        TEXT,
        /** Binary: fixed-size numbers or a byte/word stream; {@link #bytesPerValue()} gives the unit. */
        BINARY,
        /** Sequence of items. */
        SEQUENCE
    }

    private final Kind kind;
    private final int unit;
    private final boolean longHeader;
    private final boolean charsetDependent;
    /** Two ASCII bytes as a big-endian 16-bit number, e.g. 'O' << 8 | 'B'. */
    private final int code;

    VR(Kind kind, int unit, boolean longHeader, boolean charsetDependent) {
        this.kind = kind;
        this.unit = unit;
        this.longHeader = longHeader;
        this.charsetDependent = charsetDependent;
        this.code = name().charAt(0) << 8 | name().charAt(1);
    }

    private static final VR[] BY_CODE = new VR[1 << 16];

    static {
        for (VR vr : values()) {
            BY_CODE[vr.code] = vr;
        }
    }

    public Kind kind() {
        return kind;
    }

    /** True for character string VRs (both {@link Kind#STRING} and {@link Kind#TEXT}). */
    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.TEXT;
    }

    public boolean isBinary() {
        return kind == Kind.BINARY;
    }

    /**
     * Explicit VR header form (PS3.5 §7.1.2): true when the VR is followed by two reserved bytes and a
     * 32-bit length (12-byte header), false for a 16-bit length (8-byte header).
     */
    public boolean hasLongHeader() {
        return longHeader;
    }

    /** Header length in bytes for this VR in the given encoding (implicit VR headers are always 8). */
    public int headerLength(boolean explicitVR) {
        return explicitVR && longHeader ? 12 : 8;
    }

    /** Largest value length an explicit VR header of this VR can carry. */
    public long maxEncodableLength() {
        return longHeader ? 0xFFFFFFFEL : 0xFFFFL;
    }

    /** Values of this VR are encoded with the dataset's specific character set (PS3.5 §6.1.2.3). */
    public boolean isCharsetDependent() {
        return charsetDependent;
    }

    /**
     * For binary VRs the size of one number (the unit that a byte-order swap works on; AT swaps as two
     * 16-bit words); for strings the maximum length in characters (-1 = unlimited); 0 for SQ.
     */
    public int bytesPerValue() {
        return unit;
    }

    /** Byte used to pad a value to even length: NUL for UI and binary VRs, space for other strings (PS3.5 §6.2). */
    public byte paddingByte() {
        return (this == UI || !isString()) ? 0 : (byte) ' ';
    }

    /** The two-character code as a big-endian 16-bit number, as it appears in an explicit VR header. */
    public int code() {
        return code;
    }

    /** VR for a two-byte code read from an explicit VR header, or {@code null} when it is not a VR. */
    public static VR ofCode(int code) {
        return BY_CODE[code & 0xFFFF];
    }
}

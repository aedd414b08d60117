package org.fxtriage.dicom.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Specific Character Set (0008,0005), PS3.3 §C.12.1.1.2 and PS3.5 §6.1: which bytes mean which
 * characters in SH, LO, ST, LT, UC, UT and PN values.
 *
 * <p>Supported: the default repertoire (ISO_IR 6; stray 8-bit bytes that real files carry without
 * declaring a set are decoded and encoded as Latin-1, so the bytes read are the bytes written), the single-byte ISO 8859 sets (ISO_IR 100, 101, 109, 110, 126, 127, 138, 144, 148, 203,
 * 166 and their ISO 2022 forms without code extension), ISO_IR 192 (UTF-8), GB18030 and GBK. Multi-byte
 * ISO 2022 code extensions (Japanese, Korean) are not interpreted: such values are decoded with the
 * first term's set.
 */
public final class SpecificCharacterSet {
    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("", "ISO-8859-1"),
            Map.entry("ISO_IR 6", "ISO-8859-1"),
            Map.entry("ISO 2022 IR 6", "ISO-8859-1"),
            Map.entry("ISO_IR 100", "ISO-8859-1"),
            Map.entry("ISO 2022 IR 100", "ISO-8859-1"),
            Map.entry("ISO_IR 101", "ISO-8859-2"),
            Map.entry("ISO 2022 IR 101", "ISO-8859-2"),
            Map.entry("ISO_IR 109", "ISO-8859-3"),
            Map.entry("ISO 2022 IR 109", "ISO-8859-3"),
            Map.entry("ISO_IR 110", "ISO-8859-4"),
            Map.entry("ISO 2022 IR 110", "ISO-8859-4"),
            Map.entry("ISO_IR 144", "ISO-8859-5"),
            Map.entry("ISO 2022 IR 144", "ISO-8859-5"),
            Map.entry("ISO_IR 127", "ISO-8859-6"),
            Map.entry("ISO 2022 IR 127", "ISO-8859-6"),
            Map.entry("ISO_IR 126", "ISO-8859-7"),
            Map.entry("ISO 2022 IR 126", "ISO-8859-7"),
            Map.entry("ISO_IR 138", "ISO-8859-8"),
            Map.entry("ISO 2022 IR 138", "ISO-8859-8"),
            Map.entry("ISO_IR 148", "ISO-8859-9"),
            Map.entry("ISO 2022 IR 148", "ISO-8859-9"),
            Map.entry("ISO_IR 203", "ISO-8859-15"),
            Map.entry("ISO 2022 IR 203", "ISO-8859-15"),
            Map.entry("ISO_IR 166", "TIS-620"),
            Map.entry("ISO 2022 IR 166", "TIS-620"),
            Map.entry("ISO_IR 192", "UTF-8"),
            Map.entry("GB18030", "GB18030"),
            Map.entry("GBK", "GBK"));

    /** The default repertoire (no (0008,0005) or an empty value). */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(new String[0], StandardCharsets.ISO_8859_1);

    /** ISO_IR 192: Unicode in UTF-8. */
    public static final SpecificCharacterSet UTF_8 = new SpecificCharacterSet(new String[] {"ISO_IR 192"}, StandardCharsets.UTF_8);

    private final String[] terms;
    private final Charset charset;

    private SpecificCharacterSet(String[] terms, Charset charset) {
        this.terms = terms;
        this.charset = charset;
    }

    /**
     * The character set for the values of (0008,0005). Unknown terms fall back to the default
     * repertoire rather than failing: text stays readable byte-for-byte and the gateway can still
     * store and score the image.
     */
    public static SpecificCharacterSet of(String... terms) {
        if (terms == null || terms.length == 0 || (terms.length == 1 && terms[0].isBlank())) {
            return DEFAULT;
        }
        String first = terms[0].strip();
        if (first.isEmpty() && terms.length > 1) {
            first = "ISO 2022 IR 6";
        }
        if (first.equals("ISO_IR 192") && terms.length == 1) {
            return UTF_8;
        }
        String name = TERMS.get(first);
        if (name == null || !Charset.isSupported(name)) {
            return new SpecificCharacterSet(terms.clone(), StandardCharsets.ISO_8859_1);
        }
        return new SpecificCharacterSet(terms.clone(), Charset.forName(name));
    }

    /** The defined terms as given in (0008,0005). */
    public String[] terms() {
        return terms.clone();
    }

    /** The Java charset used for decoding. */
    public Charset charset() {
        return charset;
    }

    /** Decodes bytes of a charset-dependent value; malformed input becomes U+FFFD, never an exception. */
    public String decode(byte[] b, int off, int len) {
        return new String(b, off, len, charset);
    }

    /**
     * Encodes a value for writing.
     *
     * @throws IllegalArgumentException when a character cannot be represented (e.g. "山" in ISO_IR 100):
     *     silently writing '?' would corrupt a patient name. Without (0008,0005), Latin-1 is used (see
     *     the class comment); set ISO_IR 192 for anything else.
     */
    public byte[] encode(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.getBytes(StandardCharsets.US_ASCII);
        }
        try {
            ByteBuffer bb = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    "value not representable in Specific Character Set " + Arrays.toString(terms), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecificCharacterSet other && Arrays.equals(terms, other.terms);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(terms);
    }

    @Override
    public String toString() {
        return terms.length == 0 ? "default repertoire" : String.join("\\", terms);
    }
}

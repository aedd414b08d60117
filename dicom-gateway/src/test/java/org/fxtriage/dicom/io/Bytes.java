package org.fxtriage.dicom.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds encoded test input byte by byte, so tests state exactly what is on the wire. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean bigEndian;

    private Bytes(boolean bigEndian) {
        this.bigEndian = bigEndian;
    }

    static Bytes le() {
        return new Bytes(false);
    }

    static Bytes be() {
        return new Bytes(true);
    }

    Bytes u16(int v) {
        if (bigEndian) {
            out.write(v >>> 8);
            out.write(v);
        } else {
            out.write(v);
            out.write(v >>> 8);
        }
        return this;
    }

    Bytes u32(long v) {
        if (bigEndian) {
            u16((int) (v >>> 16) & 0xFFFF).u16((int) v & 0xFFFF);
        } else {
            u16((int) v & 0xFFFF).u16((int) (v >>> 16) & 0xFFFF);
        }
        return this;
    }

    Bytes tag(int tag) {
        return u16(tag >>> 16).u16(tag & 0xFFFF);
    }

    Bytes ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    Bytes raw(int... b) {
        for (int x : b) {
            out.write(x);
        }
        return this;
    }

    Bytes raw(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    /** Explicit VR element with a 16-bit length. */
    Bytes shortElement(int tag, String vr, byte[] value) {
        return tag(tag).ascii(vr).u16(value.length).raw(value);
    }

    /** Explicit VR element with reserved bytes and a 32-bit length. */
    Bytes longElement(int tag, String vr, long length) {
        return tag(tag).ascii(vr).u16(0).u32(length);
    }

    /** Implicit VR element header. */
    Bytes implicitHeader(int tag, long length) {
        return tag(tag).u32(length);
    }

    /** Preamble, DICM and a minimal meta group naming {@code tsUid}. */
    static Bytes part10(String tsUid) {
        Bytes meta = le();
        meta.shortElement(0x00020010, "UI", even(tsUid, 0));
        Bytes b = le();
        b.raw(new byte[128]).ascii("DICM");
        byte[] m = meta.toByteArray();
        b.shortElement(0x00020000, "UL", new byte[] {(byte) m.length, 0, 0, 0});
        b.raw(m);
        return b;
    }

    static byte[] even(String s, int pad) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length % 2 == 0) {
            return b;
        }
        byte[] e = java.util.Arrays.copyOf(b, b.length + 1);
        e[b.length] = (byte) pad;
        return e;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}

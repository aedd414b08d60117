package org.fxtriage.dicom.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Buffered little/big-endian reader over any InputStream with its own array buffer (no per-byte
 * virtual calls), tracking the absolute position. Skips go to {@link InputStream#skip} once the buffer
 * is exhausted, which on a {@link java.io.FileInputStream} is a seek, so skipping pixel data costs no IO.
 */
final class DicomInput {
    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int lim;
    /** Absolute position of buf[0]. */
    private long bufStart;
    boolean bigEndian;
    /**
     * Set after a skip went past the buffer: the next fill reads only a little, because what follows
     * a skipped value is usually an item header and another value to skip (encapsulated fragments),
     * and a full buffer would read the pixels the skip was meant to avoid.
     */
    private boolean afterSkip;

    DicomInput(InputStream in, long startPosition, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
        this.bufStart = startPosition;
    }

    long position() {
        return bufStart + pos;
    }

    /** Ensures at least n (≤ buffer size) bytes are buffered; false at end of stream before that. */
    private boolean fill(int n) throws IOException {
        if (lim - pos >= n) {
            return true;
        }
        if (pos > 0) {
            int rem = lim - pos;
            System.arraycopy(buf, pos, buf, 0, rem);
            bufStart += pos;
            pos = 0;
            lim = rem;
        }
        int end = afterSkip ? Math.min(buf.length, lim + Math.max(n, 512)) : buf.length;
        afterSkip = false;
        while (lim < n) {
            int r = in.read(buf, lim, end - lim);
            if (r < 0) {
                return false;
            }
            lim += r;
        }
        return true;
    }

    private void require(int n) throws IOException {
        if (!fill(n)) {
            throw new EOFException();
        }
    }

    /** True when no byte is left. */
    boolean atEnd() throws IOException {
        return !fill(1);
    }

    /** Peeks at the next 16-bit number without consuming it; -1 at end of stream. */
    int peekU16() throws IOException {
        if (!fill(2)) {
            return -1;
        }
        return u16at(pos);
    }

    private int u16at(int p) {
        return bigEndian ? (buf[p] & 0xFF) << 8 | (buf[p + 1] & 0xFF) : (buf[p] & 0xFF) | (buf[p + 1] & 0xFF) << 8;
    }

    int u16() throws IOException {
        require(2);
        int v = u16at(pos);
        pos += 2;
        return v;
    }

    int s32() throws IOException {
        require(4);
        int p = pos;
        pos += 4;
        if (bigEndian) {
            return (buf[p] & 0xFF) << 24 | (buf[p + 1] & 0xFF) << 16 | (buf[p + 2] & 0xFF) << 8 | (buf[p + 3] & 0xFF);
        }
        return (buf[p] & 0xFF) | (buf[p + 1] & 0xFF) << 8 | (buf[p + 2] & 0xFF) << 16 | (buf[p + 3] & 0xFF) << 24;
    }

    /** A tag: group then element, each 16-bit in the current byte order. */
    int tag() throws IOException {
        require(4);
        int g = u16at(pos);
        int e = u16at(pos + 2);
        pos += 4;
        return g << 16 | e;
    }

    /** Two bytes as they stand (a VR code), big-endian packed. */
    int vrCode() throws IOException {
        require(2);
        int v = (buf[pos] & 0xFF) << 8 | (buf[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    void readFully(byte[] dst, int off, int len) throws IOException {
        int avail = lim - pos;
        if (avail >= len) {
            System.arraycopy(buf, pos, dst, off, len);
            pos += len;
            return;
        }
        System.arraycopy(buf, pos, dst, off, avail);
        pos += avail;
        off += avail;
        len -= avail;
        // large remainder: read straight into dst, bypassing the buffer
        while (len > 0) {
            int r = in.read(dst, off, len);
            if (r < 0) {
                throw new EOFException();
            }
            bufStart += r;
            off += r;
            len -= r;
        }
    }

    /** Reads n bytes into a new array that grows in steps, so a lying length on a short stream allocates little. */
    byte[] readBytes(long n) throws IOException {
        final int step = 1 << 20;
        if (n <= step) {
            byte[] b = new byte[(int) n];
            readFully(b, 0, (int) n);
            return b;
        }
        byte[] b = new byte[step];
        int have = 0;
        while (have < n) {
            int chunk = (int) Math.min(n - have, step);
            if (b.length < have + chunk) {
                b = java.util.Arrays.copyOf(b, (int) Math.min(n, Math.max((long) b.length * 2, have + chunk)));
            }
            readFully(b, have, chunk);
            have += chunk;
        }
        return b;
    }

    void skip(long n) throws IOException {
        int avail = lim - pos;
        if (avail >= n) {
            pos += (int) n;
            return;
        }
        pos = lim;
        n -= avail;
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                // skip may return 0 without EOF; read one byte to tell
                int b = in.read();
                if (b < 0) {
                    throw new EOFException();
                }
                s = 1;
            }
            bufStart += s;
            n -= s;
        }
        bufStart += pos;
        pos = 0;
        lim = 0;
        afterSkip = true;
    }

    /** A stream of the next n bytes (nothing buffered beyond); close() does not close the source. */
    InputStream bounded(long n) {
        return new InputStream() {
            long left = n;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                if (!fill(1)) {
                    throw new EOFException();
                }
                left--;
                return buf[pos++] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int want = (int) Math.min(len, left);
                if (want == 0) {
                    return 0;
                }
                if (lim == pos && !fill(1)) {
                    throw new EOFException();
                }
                int k = Math.min(want, lim - pos);
                System.arraycopy(buf, pos, b, off, k);
                pos += k;
                left -= k;
                return k;
            }

            @Override
            public long skip(long k) throws IOException {
                long s = Math.min(k, left);
                if (s <= 0) {
                    return 0;
                }
                DicomInput.this.skip(s);
                left -= s;
                return s;
            }

            @Override
            public void close() throws IOException {
                if (left > 0) {
                    DicomInput.this.skip(left);
                    left = 0;
                }
            }
        };
    }

    /** What is buffered but not consumed, followed by the rest of the source (for switching to inflate). */
    InputStream remainder() {
        byte[] rest = java.util.Arrays.copyOfRange(buf, pos, lim);
        bufStart += lim;
        pos = 0;
        lim = 0;
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(rest), in);
    }
}

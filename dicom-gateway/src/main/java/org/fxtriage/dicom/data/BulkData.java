package org.fxtriage.dicom.data;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;

/**
 * A large value (pixel data, a fragment) that is either a reference to {@code length} bytes at
 * {@code offset} in a file, or bytes held in memory. References let the reader parse a 30 MB
 * radiograph without copying its pixels; whoever needs them opens a stream.
 *
 * <p>The bytes are the value exactly as encoded in the file (little endian for every transfer syntax
 * the reader references; big-endian values are always loaded and byte-swapped).
 *
 * <p>Equality compares content (reading files when needed), so a dataset read from one file equals
 * the same dataset read back from a re-encoded copy.
 */
public final class BulkData {
    private final Path file;
    private final long offset;
    private final long length;
    private final byte[] bytes;

    private BulkData(Path file, long offset, long length, byte[] bytes) {
        this.file = file;
        this.offset = offset;
        this.length = length;
        this.bytes = bytes;
    }

    /** A reference to {@code length} bytes at {@code offset} in {@code file}. */
    public static BulkData ofFile(Path file, long offset, long length) {
        Objects.requireNonNull(file, "file");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length");
        }
        return new BulkData(file, offset, length, null);
    }

    /** Bytes in memory (not copied: do not change the array afterwards). */
    public static BulkData ofBytes(byte[] bytes) {
        return new BulkData(null, 0, bytes.length, Objects.requireNonNull(bytes));
    }

    /** The referenced file, or {@code null} when the bytes are in memory. */
    public Path file() {
        return file;
    }

    /** Byte offset of the value in {@link #file()} (0 in memory). */
    public long offset() {
        return offset;
    }

    public long length() {
        return length;
    }

    public boolean inMemory() {
        return bytes != null;
    }

    /** A stream over exactly the value's bytes. */
    public InputStream openStream() throws IOException {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ch.position(offset);
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        return new BoundedInputStream(Channels.newInputStream(ch), length);
    }

    /**
     * The bytes (a copy for files; the held array itself in memory — do not modify).
     *
     * @throws IOException when the file cannot be read or is shorter than the reference says
     */
    public byte[] readBytes() throws IOException {
        if (bytes != null) {
            return bytes;
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("value of " + length + " bytes does not fit in a byte array");
        }
        byte[] out = new byte[(int) length];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer bb = ByteBuffer.wrap(out);
            long pos = offset;
            while (bb.hasRemaining()) {
                int n = ch.read(bb, pos);
                if (n < 0) {
                    throw new EOFException(file + " ends before " + (offset + length));
                }
                pos += n;
            }
        }
        return out;
    }

    /** Copies the value to {@code out} without holding it all in memory. */
    public void transferTo(OutputStream out) throws IOException {
        if (bytes != null) {
            out.write(bytes);
            return;
        }
        try (InputStream in = openStream()) {
            long n = in.transferTo(out);
            if (n != length) {
                throw new EOFException(file + " ends before " + (offset + length));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BulkData other) || other.length != length) {
            return false;
        }
        if (bytes == null && other.bytes == null && file.equals(other.file) && offset == other.offset) {
            return true;
        }
        try {
            return Arrays.equals(readBytes(), other.readBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int hashCode() {
        return Long.hashCode(length);
    }

    @Override
    public String toString() {
        return bytes != null ? "BulkData[" + length + " bytes in memory]"
                : "BulkData[" + file.getFileName() + " @" + offset + " +" + length + "]";
    }

    /** Stream that ends after {@code remaining} bytes. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

package org.fxtriage.dicom.pixel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A run of bytes the pixel pipeline reads: a region of a stored file (the normal case: the Part 10
 * reader keeps pixel data on disk) or bytes already in memory (inflated deflate datasets, tests).
 */
public sealed interface ByteRegion permits ByteRegion.FileRegion, ByteRegion.InMemory {

    long length();

    /**
     * Reads {@code dst.remaining()} bytes starting at {@code position} (relative to the region).
     *
     * @throws CorruptPixelDataException when the region or the file ends first
     */
    void read(long position, ByteBuffer dst) throws IOException;

    /** Receives consecutive chunks of a region; the buffer is reused after the call returns. */
    @FunctionalInterface
    interface ChunkSink {
        void accept(ByteBuffer chunk) throws IOException;
    }

    /**
     * Streams {@code count} bytes from {@code position} through {@code buffer} (cleared before each
     * fill, flipped before each call of {@code sink}), so a frame is never held twice in memory.
     */
    default void readChunks(long position, long count, ByteBuffer buffer, ChunkSink sink) throws IOException {
        long done = 0;
        while (done < count) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), count - done));
            read(position + done, buffer);
            done += buffer.position();
            buffer.flip();
            sink.accept(buffer);
        }
    }

    /** All bytes of the region; refuses regions over {@code limit} bytes. */
    default byte[] readAll(long limit) throws IOException {
        if (length() > limit) {
            throw new UnsupportedPixelDataException("Pixel data item of " + length() + " bytes exceeds the limit of " + limit);
        }
        byte[] bytes = new byte[(int) length()];
        read(0, ByteBuffer.wrap(bytes));
        return bytes;
    }

    static ByteRegion of(byte[] bytes) {
        return new InMemory(bytes, 0, bytes.length);
    }

    static ByteRegion of(Path file, long offset, long length) {
        return new FileRegion(file, offset, length);
    }

    /** {@code length} bytes of {@code file} starting at {@code offset}. */
    record FileRegion(Path file, long offset, long length) implements ByteRegion {
        public FileRegion {
            Objects.requireNonNull(file, "file");
            if (offset < 0 || length < 0) {
                throw new IllegalArgumentException("negative offset/length");
            }
        }

        @Override
        public void readChunks(long position, long count, ByteBuffer buffer, ChunkSink sink) throws IOException {
            checkRange(position, count, length);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long done = 0;
                while (done < count) {
                    buffer.clear();
                    buffer.limit((int) Math.min(buffer.capacity(), count - done));
                    fill(channel, offset + position + done, buffer);
                    done += buffer.position();
                    buffer.flip();
                    sink.accept(buffer);
                }
            }
        }

        private void fill(FileChannel channel, long at, ByteBuffer dst) throws IOException {
            while (dst.hasRemaining()) {
                int n = channel.read(dst, at);
                if (n < 0) {
                    throw new CorruptPixelDataException("File ends before the pixel data do (" + file.getFileName() + ")");
                }
                at += n;
            }
        }

        @Override
        public void read(long position, ByteBuffer dst) throws IOException {
            checkRange(position, dst.remaining(), length);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long at = offset + position;
                while (dst.hasRemaining()) {
                    int n = channel.read(dst, at);
                    if (n < 0) {
                        throw new CorruptPixelDataException("File ends before the pixel data do (" + file.getFileName() + ")");
                    }
                    at += n;
                }
            }
        }
    }

    /** {@code size} bytes of {@code bytes} starting at {@code offset}. */
    record InMemory(byte[] bytes, int offset, int size) implements ByteRegion {
        public InMemory {
            Objects.requireNonNull(bytes, "bytes");
            if (offset < 0 || size < 0 || offset + (long) size > bytes.length) {
                throw new IllegalArgumentException("region outside the array");
            }
        }

        @Override
        public long length() {
            return size;
        }

        @Override
        public void read(long position, ByteBuffer dst) throws IOException {
            checkRange(position, dst.remaining(), size);
            dst.put(bytes, offset + (int) position, dst.remaining());
        }
    }

    private static void checkRange(long position, long count, long length) throws CorruptPixelDataException {
        if (position < 0 || position + count > length) {
            throw new CorruptPixelDataException("Pixel data are shorter than the image needs: wanted bytes "
                    + position + ".." + (position + count) + " of " + length);
        }
    }
}

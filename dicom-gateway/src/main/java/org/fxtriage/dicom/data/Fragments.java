package org.fxtriage.dicom.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Encapsulated pixel data (PS3.5 §A.4): item 0 is the Basic Offset Table (possibly empty), the rest
 * are fragments of the compressed frames. Items are {@link BulkData}: references into the file
 * (offset and length of each item's value) or bytes in memory.
 */
public record Fragments(List<BulkData> items) {

    public Fragments {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("encapsulated pixel data needs at least the Basic Offset Table item");
        }
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** The Basic Offset Table item (length 0 when the encoder left it empty). */
    public BulkData offsetTable() {
        return items.get(0);
    }

    /** The fragments after the offset table. */
    public List<BulkData> fragments() {
        return items.subList(1, items.size());
    }

    /** Number of fragments (not counting the offset table). */
    public int fragmentCount() {
        return items.size() - 1;
    }

    /**
     * Offsets from the Basic Offset Table (PS3.5 §A.4: 32-bit LE, relative to the first byte of the
     * first fragment's item tag); empty when the table is empty.
     */
    public long[] basicOffsets() throws IOException {
        byte[] b = offsetTable().readBytes();
        long[] out = new long[b.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = (b[4 * i] & 0xFFL) | (b[4 * i + 1] & 0xFFL) << 8 | (b[4 * i + 2] & 0xFFL) << 16 | (b[4 * i + 3] & 0xFFL) << 24;
        }
        return out;
    }

    /** One stream over the values of fragments {@code from} (inclusive) to {@code to} (exclusive), 0-based. */
    public InputStream openFragments(int from, int to) throws IOException {
        List<BulkData> sel = fragments().subList(from, to);
        List<InputStream> streams = new ArrayList<>(sel.size());
        try {
            for (BulkData f : sel) {
                streams.add(f.openStream());
            }
        } catch (IOException e) {
            for (InputStream s : streams) {
                s.close();
            }
            throw e;
        }
        return new SequenceInputStream(Collections.enumeration(streams));
    }
}

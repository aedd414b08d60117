package org.fxtriage.dicom.pixel;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;

/** The value of Pixel Data (7FE0,0010), kept as references to where the bytes are. */
public sealed interface PixelData permits PixelData.Native, PixelData.Encapsulated {

    /**
     * Native (uncompressed) pixel data: all frames back to back, PS3.5 §8.1.1.
     *
     * @param order byte order of 16-bit words: little endian, unless the caller kept big-endian
     *        (PS3.5 A.3) words unswapped
     */
    record Native(ByteRegion bytes, ByteOrder order) implements PixelData {
        public Native {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(order, "order");
        }

        /** Little-endian native pixel data (every transfer syntax but the retired big-endian one). */
        public Native(ByteRegion bytes) {
            this(bytes, ByteOrder.LITTLE_ENDIAN);
        }
    }

    /**
     * Encapsulated pixel data, PS3.5 §A.4: the Basic Offset Table item and then the fragments
     * (item values only, without their 8-byte item headers).
     *
     * @param offsetTable value of the first item, possibly empty
     * @param fragments the following items' values, in order
     */
    record Encapsulated(ByteRegion offsetTable, List<ByteRegion> fragments) implements PixelData {
        public Encapsulated {
            Objects.requireNonNull(offsetTable, "offsetTable");
            fragments = List.copyOf(fragments);
        }
    }
}

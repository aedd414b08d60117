package org.fxtriage.dicom.pixel;

import java.util.List;
import java.util.Objects;

/** The value of Pixel Data (7FE0,0010), kept as references to where the bytes are. */
public sealed interface PixelData permits PixelData.Native, PixelData.Encapsulated {

    /** Native (uncompressed) pixel data: all frames back to back, PS3.5 §8.1.1. */
    record Native(ByteRegion bytes) implements PixelData {
        public Native {
            Objects.requireNonNull(bytes, "bytes");
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

package org.fxtriage.dicom.io;

/** What the reader does with Pixel Data (7FE0,0010), Float (7FE0,0008) and Double Float (7FE0,0009) Pixel Data of the top-level dataset. */
public enum PixelDataPolicy {
    /**
     * Keep a {@link org.fxtriage.dicom.data.BulkData} (native) or {@link org.fxtriage.dicom.data.Fragments}
     * (encapsulated) that points into the file: nothing is copied. Only possible when reading a file in a
     * little-endian, non-deflated transfer syntax; otherwise the reader falls back to {@link #LOAD}.
     */
    REFERENCE,
    /** Read the value into memory (bounded by {@link DicomLimits#maxPixelDataLength()}). */
    LOAD,
    /** Read past the value and keep nothing (element absent from the result); works on any stream. */
    SKIP,
    /** Stop reading at the pixel data element header: the result holds everything before it. */
    STOP,
    /** Hand the value to the {@link PixelDataConsumer} of the {@link ReadOptions}, keep nothing. */
    CONSUME
}

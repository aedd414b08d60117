package org.fxtriage.dicom.io;

/**
 * Hard limits that keep a hostile or broken input from exhausting memory: every value the reader
 * allocates is bounded before allocation, and a stream of endless empty elements or undefined-length
 * items runs into the header budget. All sizes in bytes.
 *
 * @param maxElementLength largest value of any element other than pixel data that is read into memory
 * @param maxNestingDepth deepest sequence nesting (top-level sequence = 1)
 * @param maxHeaderBytes most bytes of everything except the pixel data value (headers, all other values,
 *     item and delimiter tags)
 * @param maxPixelDataLength largest pixel data value (native, or fragments together) loaded into memory
 *     ({@link PixelDataPolicy#LOAD}); references and skipped pixel data are not bounded by this
 * @param maxElementCount most data elements in the whole dataset, nested ones included
 * @param maxFragments most items in encapsulated pixel data
 */
public record DicomLimits(
        long maxElementLength,
        int maxNestingDepth,
        long maxHeaderBytes,
        long maxPixelDataLength,
        int maxElementCount,
        int maxFragments) {

    /**
     * Defaults sized for radiographs and structured reports: 16 MiB per element, 16 levels of nesting,
     * 32 MiB of header, 1 GiB of loaded pixel data, 500 000 elements, 100 000 fragments.
     */
    public static final DicomLimits DEFAULT = new DicomLimits(16L << 20, 16, 32L << 20, 1L << 30, 500_000, 100_000);

    public DicomLimits {
        if (maxElementLength < 0 || maxNestingDepth < 0 || maxHeaderBytes < 0 || maxPixelDataLength < 0
                || maxElementCount < 0 || maxFragments < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        if (maxPixelDataLength > Integer.MAX_VALUE - 8) {
            maxPixelDataLength = Integer.MAX_VALUE - 8; // one Java array
        }
    }

    public DicomLimits withMaxElementLength(long v) {
        return new DicomLimits(v, maxNestingDepth, maxHeaderBytes, maxPixelDataLength, maxElementCount, maxFragments);
    }

    public DicomLimits withMaxNestingDepth(int v) {
        return new DicomLimits(maxElementLength, v, maxHeaderBytes, maxPixelDataLength, maxElementCount, maxFragments);
    }

    public DicomLimits withMaxHeaderBytes(long v) {
        return new DicomLimits(maxElementLength, maxNestingDepth, v, maxPixelDataLength, maxElementCount, maxFragments);
    }

    public DicomLimits withMaxPixelDataLength(long v) {
        return new DicomLimits(maxElementLength, maxNestingDepth, maxHeaderBytes, v, maxElementCount, maxFragments);
    }

    public DicomLimits withMaxElementCount(int v) {
        return new DicomLimits(maxElementLength, maxNestingDepth, maxHeaderBytes, maxPixelDataLength, v, maxFragments);
    }

    public DicomLimits withMaxFragments(int v) {
        return new DicomLimits(maxElementLength, maxNestingDepth, maxHeaderBytes, maxPixelDataLength, maxElementCount, v);
    }
}

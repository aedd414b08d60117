package org.fxtriage.dicom.pixel;

import java.util.Objects;

/**
 * A Modality or VOI LUT from a sequence item, PS3.3 C.11.1 / C.11.2: LUT Descriptor (first mapped
 * input value, bits per entry; the entry count is {@code entries.length}) and LUT Data.
 * Inputs below the first mapped value map to the first entry, inputs past the end to the last.
 *
 * @param firstMappedValue second value of the LUT Descriptor (already sign-resolved by the caller)
 * @param bitsPerEntry third value of the LUT Descriptor (8..16); output range is 0 .. 2^bits - 1
 * @param entries LUT Data, one entry per input value, unsigned
 * @param explanation LUT Explanation, may be null
 */
public record LookupTable(int firstMappedValue, int bitsPerEntry, int[] entries, String explanation) {
    public LookupTable {
        Objects.requireNonNull(entries, "entries");
        if (entries.length == 0) {
            throw new IllegalArgumentException("LUT has no entries");
        }
        if (bitsPerEntry < 1 || bitsPerEntry > 16) {
            throw new IllegalArgumentException("LUT bits per entry must be 1..16, got " + bitsPerEntry);
        }
    }

    /** The entry for input {@code x} (clamped to the table, PS3.3 C.11.1.1). */
    public int lookup(double x) {
        long i = (long) Math.floor(x) - firstMappedValue;
        if (i <= 0) {
            return entries[0];
        }
        if (i >= entries.length) {
            return entries[entries.length - 1];
        }
        return entries[(int) i];
    }

    /** Largest output value the descriptor allows. */
    public int maxOutput() {
        return (1 << bitsPerEntry) - 1;
    }
}

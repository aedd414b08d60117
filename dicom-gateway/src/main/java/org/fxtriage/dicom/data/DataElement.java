package org.fxtriage.dicom.data;

/**
 * One data element as seen while iterating an {@link Attributes}: tag, VR and value. The value is a
 * {@link String} for string VRs (the whole value, backslashes included, trailing padding removed), a
 * little-endian {@code byte[]}, a {@link BulkData} or {@link Fragments} for binary VRs, and a
 * {@link Sequence} for SQ.
 */
public record DataElement(int tag, VR vr, Object value) {
    @Override
    public String toString() {
        return Tag.toString(tag) + " " + vr;
    }
}

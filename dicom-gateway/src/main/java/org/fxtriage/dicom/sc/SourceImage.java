package org.fxtriage.dicom.sc;

import java.util.Objects;
import java.util.Set;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.io.Part10File;

/**
 * The analysed image as received: its dataset (pixel data not needed) and the transfer syntax it came
 * in, which tells whether it was lossy compressed (PS3.3 §C.7.6.1.1.5).
 */
public record SourceImage(Attributes dataset, String transferSyntaxUid) {

    /** Transfer syntaxes whose pixel data went through lossy compression (PS3.5 §8, §10). */
    private static final Set<String> LOSSY_SYNTAXES = Set.of(
            UID.JPEGBaseline8Bit, UID.JPEGExtended12Bit, UID.JPEGLSNearLossless, UID.JPEG2000,
            UID.JPEG2000MC, UID.HTJ2K,
            "1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.101", "1.2.840.10008.1.2.4.102",
            "1.2.840.10008.1.2.4.103", "1.2.840.10008.1.2.4.104", "1.2.840.10008.1.2.4.105",
            "1.2.840.10008.1.2.4.106", "1.2.840.10008.1.2.4.107", "1.2.840.10008.1.2.4.108",
            "1.2.840.10008.1.2.4.110", "1.2.840.10008.1.2.4.111", "1.2.840.10008.1.2.4.112");

    public SourceImage {
        Objects.requireNonNull(dataset, "dataset");
        for (int tag : new int[] {Tag.SOPClassUID, Tag.SOPInstanceUID, Tag.StudyInstanceUID, Tag.SeriesInstanceUID}) {
            String uid = dataset.getString(tag);
            if (uid == null || !UID.isValid(uid)) {
                throw new IllegalArgumentException("source image lacks a valid " + Tag.keywordOf(tag));
            }
        }
        int rows = dataset.getInt(Tag.Rows, 0);
        int columns = dataset.getInt(Tag.Columns, 0);
        if (rows <= 0 || columns <= 0) {
            throw new IllegalArgumentException("source image lacks Rows/Columns");
        }
    }

    /** The source of a Part 10 file as read by {@link org.fxtriage.dicom.io.Part10Reader}. */
    public static SourceImage of(Part10File file) {
        return new SourceImage(file.dataset(), file.transferSyntaxUid());
    }

    public String sopClassUid() {
        return dataset.getString(Tag.SOPClassUID);
    }

    public String sopInstanceUid() {
        return dataset.getString(Tag.SOPInstanceUID);
    }

    public String studyInstanceUid() {
        return dataset.getString(Tag.StudyInstanceUID);
    }

    public String seriesInstanceUid() {
        return dataset.getString(Tag.SeriesInstanceUID);
    }

    public int rows() {
        return dataset.getInt(Tag.Rows, 0);
    }

    public int columns() {
        return dataset.getInt(Tag.Columns, 0);
    }

    /**
     * True when the source pixels were ever lossy compressed: it says so ("01"), or it arrived in a
     * lossy transfer syntax.
     */
    public boolean lossyCompressed() {
        return "01".equals(dataset.getString(Tag.LossyImageCompression))
                || (transferSyntaxUid != null && LOSSY_SYNTAXES.contains(transferSyntaxUid));
    }
}

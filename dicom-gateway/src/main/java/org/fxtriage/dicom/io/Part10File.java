package org.fxtriage.dicom.io;

import java.util.Optional;
import org.fxtriage.dicom.data.Attributes;
import org.fxtriage.dicom.data.Tag;
import org.fxtriage.dicom.data.TransferSyntax;

/**
 * A DICOM file as read (PS3.10 §7): its file meta information (group 0002), the dataset, the transfer
 * syntax of the dataset and where the dataset starts in the file.
 *
 * @param datasetOffset byte offset in the file of the first byte after the meta group: a Storage SCU
 *     streams the dataset verbatim from here
 */
public record Part10File(Attributes fileMeta, Attributes dataset, String transferSyntaxUid, long datasetOffset) {

    /** The transfer syntax (always known: the reader refuses unknown ones). */
    public TransferSyntax transferSyntax() {
        return TransferSyntax.of(transferSyntaxUid).orElseThrow();
    }

    /** Media Storage SOP Class UID (0002,0002), falling back to the dataset's SOP Class UID. */
    public String sopClassUid() {
        return Optional.ofNullable(fileMeta.getString(Tag.MediaStorageSOPClassUID))
                .orElse(dataset.getString(Tag.SOPClassUID));
    }

    /** Media Storage SOP Instance UID (0002,0003), falling back to the dataset's SOP Instance UID. */
    public String sopInstanceUid() {
        return Optional.ofNullable(fileMeta.getString(Tag.MediaStorageSOPInstanceUID))
                .orElse(dataset.getString(Tag.SOPInstanceUID));
    }
}

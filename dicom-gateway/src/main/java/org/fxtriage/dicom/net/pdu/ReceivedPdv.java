package org.fxtriage.dicom.net.pdu;

import java.util.Arrays;

/**
 * One presentation data value of a received P-DATA-TF (PS3.8 §9.3.5.1) as a view into the
 * {@link PduReader}'s reusable buffer: {@code length} bytes of fragment at {@code offset} of {@code buffer}.
 * Valid only until the reader reads the next PDU; {@link #toPresentationDataValue()} copies it out.
 *
 * @param command true when the fragment belongs to a command set, false for a data set
 * @param last    true for the last fragment of the command or data set
 */
public record ReceivedPdv(int presentationContextId, boolean command, boolean last, byte[] buffer, int offset, int length) {

    /** An independent copy, for callers that keep the fragment beyond the next read. */
    public PresentationDataValue toPresentationDataValue() {
        return new PresentationDataValue(presentationContextId, command, last, Arrays.copyOfRange(buffer, offset, offset + length));
    }

    @Override
    public String toString() {
        return "PDV[pc=" + presentationContextId + (command ? ", command" : ", data") + (last ? ", last" : "") + ", " + length + " bytes]";
    }
}

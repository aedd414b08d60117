package org.fxtriage.dicom.net.pdu;

import java.util.Arrays;

/**
 * One Presentation Data Value item of a P-DATA-TF (PS3.8 §9.3.5.1, message control header Annex E.2).
 *
 * @param command true when the fragment belongs to a command set, false for a data set
 * @param last    true for the last fragment of the command or data set
 */
public record PresentationDataValue(int presentationContextId, boolean command, boolean last, byte[] data) {
    /** Item length (4) + context id (1) + message control header (1). */
    public static final int HEADER_LENGTH = 6;

    public PresentationDataValue {
        if (presentationContextId < 1 || presentationContextId > 255) {
            throw new IllegalArgumentException("presentation context id out of range 1..255: " + presentationContextId);
        }
        if (data == null) {
            throw new NullPointerException("data");
        }
    }

    /** The fragment bytes; not copied (PDVs are large), callers must not modify them. */
    @Override
    public byte[] data() {
        return data;
    }

    int messageControlHeader() {
        return (command ? 0x01 : 0) | (last ? 0x02 : 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresentationDataValue p && p.presentationContextId == presentationContextId
                && p.command == command && p.last == last && Arrays.equals(p.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (presentationContextId * 4 + messageControlHeader()) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "PDV[pc=" + presentationContextId + (command ? ", command" : ", data") + (last ? ", last" : "") + ", " + data.length + " bytes]";
    }
}

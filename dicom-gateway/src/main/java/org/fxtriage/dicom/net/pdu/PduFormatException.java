package org.fxtriage.dicom.net.pdu;

import java.io.IOException;

/**
 * A PDU that does not follow PS3.8 §9.3: unknown type, a length beyond our limit, a truncated PDU, an item
 * whose length does not fit. The upper layer answers it with an A-ABORT (Evt19) carrying
 * {@link #abortReason()}.
 */
public class PduFormatException extends IOException {
    private final int abortReason;

    public PduFormatException(int abortReason, String message) {
        super(message);
        this.abortReason = abortReason;
    }

    /** The A-ABORT reason/diag code (PS3.8 Table 9-26) that describes the fault. */
    public int abortReason() {
        return abortReason;
    }
}

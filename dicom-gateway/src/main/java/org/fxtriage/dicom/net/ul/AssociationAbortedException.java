package org.fxtriage.dicom.net.ul;

import java.io.IOException;

import org.fxtriage.dicom.net.pdu.AAbort;

/**
 * The association no longer exists: aborted by the peer (A-ABORT received), by us (protocol error, timeout,
 * local abort), or the transport closed under it. Any stream reading from the association throws this.
 */
public class AssociationAbortedException extends IOException {
    private final AAbort abort;

    public AssociationAbortedException(String message, AAbort abort, Throwable cause) {
        super(message, cause);
        this.abort = abort;
    }

    public AssociationAbortedException(String message) {
        this(message, null, null);
    }

    /** The A-ABORT PDU received or sent, if one was. */
    public AAbort abort() {
        return abort;
    }
}

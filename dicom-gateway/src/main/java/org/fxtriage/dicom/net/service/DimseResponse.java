package org.fxtriage.dicom.net.service;

import org.fxtriage.dicom.net.dimse.CommandSet;
import org.fxtriage.dicom.net.dimse.Status;

/** A response received by an SCU: its status, optional error comment, and the full command set. */
public record DimseResponse(int status, String errorComment, CommandSet command) {
    public boolean isSuccess() {
        return Status.isSuccess(status);
    }

    @Override
    public String toString() {
        return "DimseResponse[status=" + Status.toString(status) + (errorComment != null ? ", errorComment=" + errorComment : "") + "]";
    }
}

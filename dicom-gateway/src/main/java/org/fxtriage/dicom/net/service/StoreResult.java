package org.fxtriage.dicom.net.service;

import org.fxtriage.dicom.net.dimse.Status;

/**
 * The status a {@link StoreReceiver} answers (PS3.4 §B.2.3), with an optional Error Comment (LO, at most 64
 * characters; never patient data).
 */
public record StoreResult(int status, String errorComment) {
    public StoreResult {
        if (status < 0 || status > 0xFFFF) {
            throw new IllegalArgumentException("status is 16-bit unsigned: " + status);
        }
        if (errorComment != null && errorComment.length() > 64) {
            errorComment = errorComment.substring(0, 64);
        }
    }

    public static StoreResult success() {
        return new StoreResult(Status.SUCCESS, null);
    }

    public static StoreResult of(int status) {
        return new StoreResult(status, null);
    }

    public static StoreResult failure(int status, String errorComment) {
        return new StoreResult(status, errorComment);
    }
}

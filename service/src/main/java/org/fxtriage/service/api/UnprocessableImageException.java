package org.fxtriage.service.api;

/** A posted image that cannot be decoded (truncated, corrupt, a format we do not read): 422 with the reason. */
public class UnprocessableImageException extends RuntimeException {
    public UnprocessableImageException(String message) {
        super(message);
    }
}

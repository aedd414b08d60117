package org.fxtriage.service.api;

/** The request is valid but the resource is not in a state that allows it (e.g. re-sending a delivered item): 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}

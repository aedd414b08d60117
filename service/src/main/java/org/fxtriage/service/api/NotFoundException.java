package org.fxtriage.service.api;

/** A resource of the API (an analysis, a token) that does not exist (any more): 404 problem+json. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}

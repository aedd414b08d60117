package org.fxtriage.service.api;

/** A worklist action without a user: every action is audited, so "who" is required. */
public final class MissingUserException extends RuntimeException {
    public MissingUserException() {
        super("worklist actions need the acting user in the " + WorklistController.USER_HEADER + " header");
    }
}

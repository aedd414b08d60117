package org.fxtriage.dicom.net.service;

import java.io.IOException;

/** The association has no accepted presentation context for what the SCU wants to send. */
public class NoPresentationContextException extends IOException {
    public NoPresentationContextException(String message) {
        super(message);
    }
}

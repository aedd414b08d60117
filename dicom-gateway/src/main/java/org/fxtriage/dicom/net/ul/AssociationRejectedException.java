package org.fxtriage.dicom.net.ul;

import java.io.IOException;

import org.fxtriage.dicom.net.pdu.AAssociateRj;

/** The association was rejected (by the peer when we request, by us when we accept). */
public class AssociationRejectedException extends IOException {
    private final AAssociateRj rejection;

    public AssociationRejectedException(String message, AAssociateRj rejection) {
        super(message + ": " + rejection);
        this.rejection = rejection;
    }

    public AAssociateRj rejection() {
        return rejection;
    }
}

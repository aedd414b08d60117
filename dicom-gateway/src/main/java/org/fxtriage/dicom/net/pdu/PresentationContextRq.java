package org.fxtriage.dicom.net.pdu;

import java.util.List;
import java.util.Objects;

/**
 * Presentation Context item of an A-ASSOCIATE-RQ (type 0x20, PS3.8 §9.3.2.2): one abstract syntax
 * (sub-item 0x30) and the transfer syntaxes (sub-items 0x40) the requestor proposes for it.
 *
 * @param id odd number 1..255
 */
public record PresentationContextRq(int id, String abstractSyntax, List<String> transferSyntaxes) {
    public PresentationContextRq {
        if (id < 1 || id > 255) {
            throw new IllegalArgumentException("presentation context id out of range 1..255: " + id);
        }
        Objects.requireNonNull(abstractSyntax, "abstractSyntax");
        transferSyntaxes = List.copyOf(transferSyntaxes);
        if (transferSyntaxes.isEmpty()) {
            throw new IllegalArgumentException("presentation context " + id + " proposes no transfer syntax");
        }
    }

    public PresentationContextRq(int id, String abstractSyntax, String... transferSyntaxes) {
        this(id, abstractSyntax, List.of(transferSyntaxes));
    }
}

package org.fxtriage.dicom.net.ul;

/** An accepted presentation context: the abstract syntax proposed for the id and the transfer syntax chosen. */
public record NegotiatedContext(int id, String abstractSyntax, String transferSyntax) {
}

package org.fxtriage.dicom.net.pdu;

import java.util.Objects;

/**
 * Presentation Context item of an A-ASSOCIATE-AC (type 0x21, PS3.8 §9.3.3.2): the acceptor's answer for
 * one proposed context. The transfer syntax is significant only when the result is acceptance.
 */
public record PresentationContextAc(int id, Result result, String transferSyntax) {

    /** Result/Reason field (PS3.8 Table 9-18). */
    public enum Result {
        ACCEPTANCE(0),
        USER_REJECTION(1),
        NO_REASON(2),
        ABSTRACT_SYNTAX_NOT_SUPPORTED(3),
        TRANSFER_SYNTAXES_NOT_SUPPORTED(4);

        public final int code;

        Result(int code) {
            this.code = code;
        }

        public static Result of(int code) throws PduFormatException {
            for (Result r : values()) {
                if (r.code == code) {
                    return r;
                }
            }
            throw new PduFormatException(AAbort.INVALID_PDU_PARAMETER_VALUE,
                    "presentation context result/reason " + code + " is not defined");
        }
    }

    public PresentationContextAc {
        if (id < 1 || id > 255) {
            throw new IllegalArgumentException("presentation context id out of range 1..255: " + id);
        }
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(transferSyntax, "transferSyntax");
    }

    public static PresentationContextAc accept(int id, String transferSyntax) {
        return new PresentationContextAc(id, Result.ACCEPTANCE, transferSyntax);
    }

    /** A refusal; the transfer syntax sub-item is still sent (empty) as PS3.8 §9.3.3.2 requires. */
    public static PresentationContextAc refuse(int id, Result result) {
        if (result == Result.ACCEPTANCE) {
            throw new IllegalArgumentException("refuse() needs a refusal result");
        }
        return new PresentationContextAc(id, result, "");
    }

    public boolean accepted() {
        return result == Result.ACCEPTANCE;
    }
}

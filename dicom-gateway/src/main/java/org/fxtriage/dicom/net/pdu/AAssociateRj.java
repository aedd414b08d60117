package org.fxtriage.dicom.net.pdu;

/**
 * A-ASSOCIATE-RJ PDU (type 0x03, PS3.8 §9.3.4). Result, source and reason are kept as the raw codes the
 * standard defines; {@link Reason} names the defined (source, reason) pairs.
 */
public record AAssociateRj(int result, int source, int reason) implements Pdu {
    public static final int RESULT_REJECTED_PERMANENT = 1;
    public static final int RESULT_REJECTED_TRANSIENT = 2;

    public static final int SOURCE_SERVICE_USER = 1;
    public static final int SOURCE_SERVICE_PROVIDER_ACSE = 2;
    public static final int SOURCE_SERVICE_PROVIDER_PRESENTATION = 3;

    /** The (source, reason) pairs of PS3.8 Table 9-21. */
    public enum Reason {
        USER_NO_REASON_GIVEN(SOURCE_SERVICE_USER, 1),
        APPLICATION_CONTEXT_NAME_NOT_SUPPORTED(SOURCE_SERVICE_USER, 2),
        CALLING_AE_TITLE_NOT_RECOGNIZED(SOURCE_SERVICE_USER, 3),
        CALLED_AE_TITLE_NOT_RECOGNIZED(SOURCE_SERVICE_USER, 7),
        ACSE_NO_REASON_GIVEN(SOURCE_SERVICE_PROVIDER_ACSE, 1),
        PROTOCOL_VERSION_NOT_SUPPORTED(SOURCE_SERVICE_PROVIDER_ACSE, 2),
        TEMPORARY_CONGESTION(SOURCE_SERVICE_PROVIDER_PRESENTATION, 1),
        LOCAL_LIMIT_EXCEEDED(SOURCE_SERVICE_PROVIDER_PRESENTATION, 2);

        public final int source;
        public final int code;

        Reason(int source, int code) {
            this.source = source;
            this.code = code;
        }
    }

    public AAssociateRj {
        if (result < 0 || result > 255 || source < 0 || source > 255 || reason < 0 || reason > 255) {
            throw new IllegalArgumentException("A-ASSOCIATE-RJ fields are single bytes");
        }
    }

    public static AAssociateRj permanent(Reason reason) {
        return new AAssociateRj(RESULT_REJECTED_PERMANENT, reason.source, reason.code);
    }

    public static AAssociateRj transient_(Reason reason) {
        return new AAssociateRj(RESULT_REJECTED_TRANSIENT, reason.source, reason.code);
    }

    /** The named reason, or null when the peer sent a pair the standard does not define. */
    public Reason namedReason() {
        for (Reason r : Reason.values()) {
            if (r.source == source && r.code == reason) {
                return r;
            }
        }
        return null;
    }

    @Override
    public int type() {
        return TYPE_A_ASSOCIATE_RJ;
    }

    @Override
    public String toString() {
        Reason r = namedReason();
        return "A-ASSOCIATE-RJ[result=" + (result == RESULT_REJECTED_PERMANENT ? "permanent" : result == RESULT_REJECTED_TRANSIENT ? "transient" : result)
                + ", source=" + source + ", reason=" + reason + (r != null ? " " + r : "") + "]";
    }
}

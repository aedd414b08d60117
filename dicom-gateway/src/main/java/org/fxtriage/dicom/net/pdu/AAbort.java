package org.fxtriage.dicom.net.pdu;

/** A-ABORT PDU (type 0x07, PS3.8 §9.3.8). */
public record AAbort(int source, int reason) implements Pdu {
    public static final int SOURCE_SERVICE_USER = 0;
    public static final int SOURCE_SERVICE_PROVIDER = 2;

    /** Reason/diag values, significant only for the service-provider source (PS3.8 Table 9-26). */
    public static final int REASON_NOT_SPECIFIED = 0;
    public static final int UNRECOGNIZED_PDU = 1;
    public static final int UNEXPECTED_PDU = 2;
    public static final int UNRECOGNIZED_PDU_PARAMETER = 4;
    public static final int UNEXPECTED_PDU_PARAMETER = 5;
    public static final int INVALID_PDU_PARAMETER_VALUE = 6;

    public AAbort {
        if (source < 0 || source > 255 || reason < 0 || reason > 255) {
            throw new IllegalArgumentException("A-ABORT fields are single bytes");
        }
    }

    public static AAbort byServiceUser() {
        return new AAbort(SOURCE_SERVICE_USER, REASON_NOT_SPECIFIED);
    }

    public static AAbort byServiceProvider(int reason) {
        return new AAbort(SOURCE_SERVICE_PROVIDER, reason);
    }

    @Override
    public int type() {
        return TYPE_A_ABORT;
    }

    public static String reasonName(int reason) {
        return switch (reason) {
            case REASON_NOT_SPECIFIED -> "reason-not-specified";
            case UNRECOGNIZED_PDU -> "unrecognized-PDU";
            case UNEXPECTED_PDU -> "unexpected-PDU";
            case UNRECOGNIZED_PDU_PARAMETER -> "unrecognized-PDU-parameter";
            case UNEXPECTED_PDU_PARAMETER -> "unexpected-PDU-parameter";
            case INVALID_PDU_PARAMETER_VALUE -> "invalid-PDU-parameter-value";
            default -> "reason " + reason;
        };
    }

    @Override
    public String toString() {
        return "A-ABORT[source=" + (source == SOURCE_SERVICE_USER ? "service-user" : source == SOURCE_SERVICE_PROVIDER ? "service-provider" : source)
                + ", reason=" + reasonName(reason) + "]";
    }
}

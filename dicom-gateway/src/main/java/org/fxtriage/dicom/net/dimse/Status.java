package org.fxtriage.dicom.net.dimse;

/** DIMSE status codes (PS3.7 Annex C; C-STORE specifics PS3.4 §B.2.3). */
public final class Status {
    public static final int SUCCESS = 0x0000;
    public static final int CANCEL = 0xFE00;
    public static final int PENDING = 0xFF00;
    public static final int PENDING_WITH_WARNINGS = 0xFF01;

    /** Warnings. */
    public static final int COERCION_OF_DATA_ELEMENTS = 0xB000;
    public static final int ELEMENTS_DISCARDED = 0xB006;
    public static final int DATA_SET_DOES_NOT_MATCH_SOP_CLASS_WARNING = 0xB007;
    public static final int ATTRIBUTE_VALUE_OUT_OF_RANGE = 0x0116;

    /** Failures. */
    public static final int OUT_OF_RESOURCES = 0xA700;
    public static final int DATA_SET_DOES_NOT_MATCH_SOP_CLASS = 0xA900;
    public static final int CANNOT_UNDERSTAND = 0xC000;
    public static final int PROCESSING_FAILURE = 0x0110;
    public static final int DUPLICATE_SOP_INSTANCE = 0x0111;
    public static final int NO_SUCH_SOP_INSTANCE = 0x0112;
    public static final int INVALID_ARGUMENT_VALUE = 0x0115;
    public static final int INVALID_SOP_INSTANCE = 0x0117;
    public static final int NO_SUCH_SOP_CLASS = 0x0118;
    public static final int CLASS_INSTANCE_CONFLICT = 0x0119;
    public static final int MISSING_ATTRIBUTE = 0x0120;
    public static final int SOP_CLASS_NOT_SUPPORTED = 0x0122;
    public static final int NOT_AUTHORIZED = 0x0124;
    public static final int DUPLICATE_INVOCATION = 0x0210;
    public static final int UNRECOGNIZED_OPERATION = 0x0211;
    public static final int MISTYPED_ARGUMENT = 0x0212;
    public static final int RESOURCE_LIMITATION = 0x0213;

    private Status() {
    }

    public static boolean isSuccess(int status) {
        return status == SUCCESS;
    }

    public static boolean isPending(int status) {
        return status == PENDING || status == PENDING_WITH_WARNINGS;
    }

    /** PS3.7 §C.1: warning codes. */
    public static boolean isWarning(int status) {
        return status == 0x0001 || (status & 0xF000) == 0xB000 || status == 0x0107 || status == ATTRIBUTE_VALUE_OUT_OF_RANGE;
    }

    public static boolean isFailure(int status) {
        return !isSuccess(status) && !isPending(status) && !isWarning(status) && status != CANCEL;
    }

    public static String toString(int status) {
        String kind = isSuccess(status) ? "success" : isPending(status) ? "pending" : isWarning(status) ? "warning"
                : status == CANCEL ? "cancel" : "failure";
        return String.format("0x%04X (%s)", status, kind);
    }
}

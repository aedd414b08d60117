package org.fxtriage.dicom.net.service;

/** Verification SOP class (PS3.4 Annex A) and the one transfer syntax every DICOM node supports. */
public final class Verification {
    public static final String SOP_CLASS_UID = "1.2.840.10008.1.1";
    /** Implicit VR Little Endian, the default transfer syntax (PS3.5 §10.1). */
    public static final String IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
    public static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";

    private Verification() {
    }
}

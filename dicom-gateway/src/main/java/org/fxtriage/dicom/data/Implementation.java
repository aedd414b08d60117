package org.fxtriage.dicom.data;

/** Identity of this implementation in file meta information and association negotiation (PS3.7 §D.3.3.2). */
public final class Implementation {
    private Implementation() {}

    /**
     * Implementation Class UID: a UUID-derived UID (PS3.5 §B.2) of the fixed UUID
     * d55135fd-fc69-4faa-833f-7111a5451834, so no registered root is needed.
     */
    public static final String CLASS_UID = "2.25.283547234238280047512226289091004930100";

    /** Implementation Version Name (SH, at most 16 characters). */
    public static final String VERSION_NAME = "FXTRIAGE_010";
}

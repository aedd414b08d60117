package org.fxtriage.dicom.net.ul;

/** What we announce in the user information item (PS3.7 §D.3.3.2). */
public final class Implementation {
    /** A UUID-derived UID (PS3.5 §B.2), fixed for this implementation. */
    public static final String CLASS_UID = "2.25.186963075587497594683971279974420606790";
    public static final String VERSION_NAME = "FXTRIAGE_010";

    private Implementation() {
    }
}

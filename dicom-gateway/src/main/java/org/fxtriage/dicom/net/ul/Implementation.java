package org.fxtriage.dicom.net.ul;

/**
 * What we announce in the user information item (PS3.7 §D.3.3.2). One implementation, one identity:
 * the same Implementation Class UID and Version Name as our Part 10 file meta information (PS3.10 §7.1),
 * defined once in {@link org.fxtriage.dicom.data.Implementation}.
 */
public final class Implementation {
    public static final String CLASS_UID = org.fxtriage.dicom.data.Implementation.CLASS_UID;
    public static final String VERSION_NAME = org.fxtriage.dicom.data.Implementation.VERSION_NAME;

    private Implementation() {
    }
}
